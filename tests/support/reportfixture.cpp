#include "reportfixture.h"

#include "profilestore.h"

#include <QTest>

namespace rd {

namespace {

constexpr qint64 kHour = 3600;

Referral received(const QString &id, const char *at, const QString &partner = QStringLiteral("p1"))
{
    Referral referral = sampleReferral(id, utc(at));
    referral.partnerId = partner;
    referral.details.valueHint.reset();
    return referral;
}

void act(TestDatabase &db, const QString &id, const ActionRequest &request, const QDateTime &at, const QString &rep)
{
    const ActionOutcome outcome = db.store().apply(id, request, at, rep);
    QVERIFY2(outcome.result == ActionOutcome::Result::Applied, qPrintable(id + QStringLiteral(": ") + outcome.message));
}

ActionRequest preset(Action action, const QString &code, const QString &words)
{
    ActionRequest request = requestFor(action, words);
    request.reasonCode = code;
    return request;
}

} // namespace

QTimeZone reportZone()
{
    return QTimeZone("Asia/Seoul");
}

QDateTime reportNow()
{
    return utc("2026-04-02T00:00:00Z");
}

void buildReportFixture(TestDatabase &db)
{
    ProfileStore profiles(db.database());
    QVERIFY(profiles.setPartner({QStringLiteral("p1"), QStringLiteral("Partner One")}).stored());
    QVERIFY(profiles.setPartner({QStringLiteral("p2"), QStringLiteral("Partner Two")}).stored());
    const QString kim = QStringLiteral("kim");
    const QString lee = QStringLiteral("lee");

    const Referral r01 = received(QStringLiteral("r01"), "2026-03-02T01:00:00Z");
    storeReferral(db.store(), r01, r01.receivedAt);
    act(db, r01.id, requestFor(Action::Interested, {}), r01.receivedAt.addSecs(2 * kHour), kim);
    act(db, r01.id, requestFor(Action::Accept, {}, Money{100000, QStringLiteral("EUR")}, QDate(2026, 4, 15)), utc("2026-03-03T01:00:00Z"), kim);
    act(db, r01.id, requestFor(Action::Won, {}, Money{120000, QStringLiteral("EUR")}), utc("2026-03-20T05:00:00Z"), kim);

    const Referral r02 = received(QStringLiteral("r02"), "2026-03-03T00:00:00Z");
    storeReferral(db.store(), r02, r02.receivedAt);
    act(db, r02.id, preset(Action::Skip, QStringLiteral("outside-region"), QStringLiteral("Outside the regions we serve")),
        r02.receivedAt.addSecs(30 * kHour), lee);

    const Referral r03 = received(QStringLiteral("r03"), "2026-03-04T00:00:00Z");
    storeReferral(db.store(), r03, r03.receivedAt);
    act(db, r03.id, requestFor(Action::Interested, {}), r03.receivedAt.addSecs(10 * kHour), kim);
    act(db, r03.id, requestFor(Action::Decline, QStringLiteral("Too far away")), utc("2026-03-05T00:00:00Z"), kim);

    const Referral r04 = received(QStringLiteral("r04"), "2026-03-05T00:00:00Z");
    storeReferral(db.store(), r04, r04.receivedAt);

    const Referral r05 = received(QStringLiteral("r05"), "2026-03-06T00:00:00Z");
    storeReferral(db.store(), r05, r05.receivedAt);
    act(db, r05.id, requestFor(Action::Interested, {}), r05.receivedAt.addSecs(1 * kHour), lee);

    const Referral r06 = received(QStringLiteral("r06"), "2026-03-07T00:00:00Z");
    storeReferral(db.store(), r06, r06.receivedAt);
    act(db, r06.id, requestFor(Action::Interested, {}), r06.receivedAt.addSecs(4 * kHour), kim);
    act(db, r06.id, requestFor(Action::Accept, {}, Money{5000000, QStringLiteral("KRW")}, QDate(2026, 5, 10)), utc("2026-03-07T06:00:00Z"), kim);

    Referral r07 = received(QStringLiteral("r07"), "2026-03-08T00:00:00Z");
    r07.status = Status::Negotiating;
    r07.estimate = Estimate{Money{30000, QStringLiteral("USD")}, QDate(2026, 6, 1), {}};
    storeReferral(db.store(), r07, r07.receivedAt);

    Referral r08 = received(QStringLiteral("r08"), "2026-03-31T14:30:00Z");
    r08.details.valueHint = Money{5000, QStringLiteral("USD")};
    storeReferral(db.store(), r08, r08.receivedAt);

    const Referral r09 = received(QStringLiteral("r09"), "2026-02-20T00:00:00Z");
    storeReferral(db.store(), r09, r09.receivedAt);
    act(db, r09.id, requestFor(Action::Interested, {}), r09.receivedAt.addSecs(20 * kHour), kim);
    act(db, r09.id, requestFor(Action::Accept, {}, Money{50000, QStringLiteral("EUR")}, QDate(2026, 3, 5)), utc("2026-02-21T00:00:00Z"), kim);
    act(db, r09.id, preset(Action::Lost, QStringLiteral("price"), QStringLiteral("Price")), utc("2026-03-10T00:00:00Z"), kim);

    Referral r11 = received(QStringLiteral("r11"), "2026-03-31T15:30:00Z");
    r11.details.valueHint = Money{9900, QStringLiteral("EUR")};
    storeReferral(db.store(), r11, r11.receivedAt);

    const Referral r12 = received(QStringLiteral("r12"), "2026-02-28T15:30:00Z");
    storeReferral(db.store(), r12, r12.receivedAt);
    act(db, r12.id, preset(Action::Skip, QStringLiteral("outside-region"), QStringLiteral("당사가 지원하지 않는 지역입니다")),
        r12.receivedAt.addSecs(5 * kHour), kim);

    const Referral r13 = received(QStringLiteral("r13"), "2026-03-10T00:00:00Z", QStringLiteral("p2"));
    storeReferral(db.store(), r13, r13.receivedAt);
    act(db, r13.id, requestFor(Action::Interested, {}), r13.receivedAt.addSecs(1 * kHour), QStringLiteral("park"));

    // Missed and expired as the deadline checker archives them: at their deadlines.
    const SweepResult swept = db.store().sweep(reportNow());
    QVERIFY2(swept.error.isEmpty(), qPrintable(swept.error));
    QCOMPARE(swept.missed, QStringList{QStringLiteral("r04")});
    QCOMPARE(swept.expired.size(), 2);
}

} // namespace rd
