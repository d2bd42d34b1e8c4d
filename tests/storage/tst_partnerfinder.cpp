#include "partnerfinder.h"
#include "profilestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");
constexpr qint64 kHour = 3600;

BusinessProfile profileOf(const QString &partner)
{
    BusinessProfile profile;
    profile.id = partner + QStringLiteral("-kr");
    profile.partnerId = partner;
    profile.region = QStringLiteral("Korea");
    profile.contact = ProfileContact{QStringLiteral("Contact"), partner + QStringLiteral("@example.com"), QStringLiteral("en")};
    profile.locations = {ProfileLocation{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    profile.products = {QStringLiteral("Azure")};
    return profile;
}

void addPartners(TestDatabase &db, const QStringList &partners)
{
    ProfileStore profiles(db.database());
    for (const QString &partner : partners) {
        QVERIFY(profiles.setPartner({partner, partner}).stored());
        QVERIFY(profiles.setProfile(profileOf(partner)).stored());
    }
}

// A referral of `partner` received `hoursAgo` before kNow, answered (I'm interested) `answerHours` after receipt.
void answered(TestDatabase &db, const QString &id, const QString &partner, qint64 hoursAgo, std::optional<qint64> answerHours,
              const QString &product = QStringLiteral("Azure"))
{
    Referral referral = sampleReferral(id, kNow.addSecs(-hoursAgo * kHour));
    referral.partnerId = partner;
    referral.profileId = partner + QStringLiteral("-kr");
    referral.details.requirements.products = {product};
    storeReferral(db.store(), referral, referral.receivedAt);
    if (answerHours) {
        QCOMPARE(db.store().apply(id, requestFor(Action::Interested, QString()), referral.receivedAt.addSecs(*answerHours * kHour), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
    }
}

PartnerSearch azureInKorea()
{
    PartnerSearch search;
    search.country = QStringLiteral("KR");
    search.size = QStringLiteral("51to500");
    search.products = {QStringLiteral("Azure")};
    return search;
}

} // namespace

// What Find a partner counts from the stored history, and the order it gives.
class TestPartnerFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldTakeTheMedianFirstAnswerOverTheLast90Days()
    {
        TestDatabase db;
        addPartners(db, {QStringLiteral("fast")});
        answered(db, QStringLiteral("a"), QStringLiteral("fast"), 100, 1);
        answered(db, QStringLiteral("b"), QStringLiteral("fast"), 100, 3);
        answered(db, QStringLiteral("c"), QStringLiteral("fast"), 100, 10);
        answered(db, QStringLiteral("old"), QStringLiteral("fast"), 91 * 24, 60); // before the window
        answered(db, QStringLiteral("waiting"), QStringLiteral("fast"), 2, std::nullopt); // says nothing yet
        PartnerFinder finder(db.database());
        PartnerRecord record = finder.recordOf(QStringLiteral("fast"), azureInKorea(), kNow);
        QVERIFY(finder.lastError().isEmpty());
        QCOMPARE(record.received, 3);
        QCOMPARE(record.medianFirstAnswerMs, std::optional<qint64>(3 * kHour * 1000));
        answered(db, QStringLiteral("d"), QStringLiteral("fast"), 100, 5); // four: the mean of the middle two
        record = finder.recordOf(QStringLiteral("fast"), azureInKorea(), kNow);
        QCOMPARE(record.medianFirstAnswerMs, std::optional<qint64>(4 * kHour * 1000));
        QCOMPARE(record.missedOrExpired, 0);
    }

    void shouldCountMissedReferralsAndLeaveSamplesOut()
    {
        TestDatabase db;
        addPartners(db, {QStringLiteral("slow")});
        answered(db, QStringLiteral("missed"), QStringLiteral("slow"), 200, std::nullopt);
        QCOMPARE(db.store().sweep(kNow).missed, QStringList{QStringLiteral("missed")});
        answered(db, QStringLiteral("late"), QStringLiteral("slow"), 200, 48);
        Referral sample = sampleReferral(QStringLiteral("sample"), kNow.addSecs(-50 * kHour));
        sample.partnerId = QStringLiteral("slow");
        sample.sample = true;
        storeReferral(db.store(), sample, sample.receivedAt);
        QCOMPARE(db.store().apply(QStringLiteral("sample"), requestFor(Action::Interested, QString()), sample.receivedAt.addSecs(60), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
        const PartnerRecord record = PartnerFinder(db.database()).recordOf(QStringLiteral("slow"), azureInKorea(), kNow);
        QCOMPARE(record.received, 2);
        QCOMPARE(record.missedOrExpired, 1);
        QCOMPARE(record.medianFirstAnswerMs, std::optional<qint64>(48 * kHour * 1000));
    }

    void shouldCountSimilarDealsAcceptedAndDeclined()
    {
        TestDatabase db;
        addPartners(db, {QStringLiteral("p")});
        answered(db, QStringLiteral("accepted"), QStringLiteral("p"), 100, 1);
        QCOMPARE(db.store().apply(QStringLiteral("accepted"), requestFor(Action::Accept, QString(), Money{100000, QStringLiteral("USD")}, QDate(2026, 12, 1)),
                                  kNow.addSecs(-90 * kHour), QStringLiteral("rep")).result, ActionOutcome::Result::Applied);
        answered(db, QStringLiteral("declined"), QStringLiteral("p"), 100, 1);
        QCOMPARE(db.store().apply(QStringLiteral("declined"), requestFor(Action::Decline, QStringLiteral("Too far")), kNow.addSecs(-90 * kHour), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
        answered(db, QStringLiteral("skipped-other"), QStringLiteral("p"), 100, std::nullopt, QStringLiteral("Dynamics365Business"));
        QCOMPARE(db.store().apply(QStringLiteral("skipped-other"), requestFor(Action::Skip, QString()), kNow.addSecs(-99 * kHour), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
        const PartnerRecord record = PartnerFinder(db.database()).recordOf(QStringLiteral("p"), azureInKorea(), kNow);
        QCOMPARE(record.acceptedSimilar, 1);
        QCOMPARE(record.declinedSimilar, 1); // the skipped one asked for another product
        PartnerSearch otherSize = azureInKorea();
        otherSize.size = QStringLiteral("Morethan500");
        QCOMPARE(PartnerFinder(db.database()).recordOf(QStringLiteral("p"), otherSize, kNow).acceptedSimilar, 0);
    }

    void shouldRankTheFasterMoreReliablePartnerFirst()
    {
        TestDatabase db;
        addPartners(db, {QStringLiteral("a-slow"), QStringLiteral("b-fast"), QStringLiteral("c-new")});
        answered(db, QStringLiteral("s1"), QStringLiteral("a-slow"), 100, 40);
        answered(db, QStringLiteral("f1"), QStringLiteral("b-fast"), 100, 1);
        const QList<FoundPartner> found = PartnerFinder(db.database()).find(azureInKorea(), kNow, 10);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).profile.partnerId, QStringLiteral("b-fast"));
        QCOMPARE(found.at(1).profile.partnerId, QStringLiteral("c-new"));  // neutral: between the two
        QCOMPARE(found.at(2).profile.partnerId, QStringLiteral("a-slow"));
        QCOMPARE(PartnerFinder(db.database()).find(azureInKorea(), kNow, 1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartnerFinder)
#include "tst_partnerfinder.moc"
