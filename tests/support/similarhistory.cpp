#include "similarhistory.h"

#include "profilestore.h"
#include "testdatabase.h"

#include <QTest>

namespace rd {

namespace {

const QString kOwn = QStringLiteral("own");

BusinessProfile profileOf(const QString &partner)
{
    BusinessProfile profile;
    profile.id = partner + QStringLiteral("-kr");
    profile.partnerId = partner;
    profile.region = QStringLiteral("Korea");
    profile.contact = ProfileContact{QStringLiteral("Contact"), partner + QStringLiteral("@example.com"), QStringLiteral("en")};
    profile.locations = {ProfileLocation{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    return profile;
}

Money krw(qint64 amount)
{
    return Money{amount, QStringLiteral("KRW")};
}

} // namespace

PastReferral pastReferral(const QString &id, Status status, const QString &size, const QStringList &products,
                          const QStringList &industries, const QString &country, const std::optional<Money> &finalValue,
                          const QDate &promised, const QDate &closedOn)
{
    return PastReferral{id,
                        status,
                        size.isEmpty() ? QStringLiteral("10to50") : size,
                        products.isEmpty() ? QStringList{QStringLiteral("Azure")} : products,
                        industries.isEmpty() ? QStringList{QStringLiteral("Healthcare")} : industries,
                        country.isEmpty() ? QStringLiteral("KR") : country,
                        finalValue,
                        promised,
                        closedOn};
}

Referral referralOf(const PastReferral &past, const QDateTime &now)
{
    const bool open = past.status == Status::New || past.status == Status::Evaluating;
    Referral r = sampleReferral(past.id, open ? now.addSecs(-3600) : now.addDays(-200), past.status);
    r.partnerId = kOwn;
    r.profileId = kOwn + QStringLiteral("-kr");
    r.customer.size = past.size;
    r.customer.address.country = past.country;
    r.details.requirements.products = past.products;
    r.details.requirements.industries = past.industries;
    r.details.valueHint.reset();
    if (past.promised.isValid())
        r.estimate = Estimate{past.finalValue.value_or(krw(1000)), past.promised, {}};
    r.finalValue = past.finalValue;
    if (past.closedOn.isValid())
        r.closedAt = QDateTime(past.closedOn, QTime(15, 0), QTimeZone::utc());
    return r;
}

void storeFitPartners(TestDatabase &db)
{
    ProfileStore profiles(db.database());
    for (const QString &partner : {kOwn, QStringLiteral("other")}) {
        QVERIFY(profiles.setPartner({partner, partner}).stored());
        QVERIFY(profiles.setProfile(profileOf(partner)).stored());
    }
}

void storeSimilarHistory(TestDatabase &db, const QDateTime &now)
{
    storeFitPartners(db);
    const QDate march(2026, 3, 1);
    const QList<PastReferral> history = {
        pastReferral(QStringLiteral("w1"), Status::Won, QStringLiteral("1to9"), {}, {}, {}, krw(10'000'000), march, QDate(2026, 3, 10)),
        pastReferral(QStringLiteral("w2"), Status::Won, QStringLiteral("1to50"), {QStringLiteral("Teams"), QStringLiteral("Azure")},
                     {QStringLiteral("Education"), QStringLiteral("Healthcare")}, {}, krw(12'000'000), QDate(2026, 4, 1), QDate(2026, 3, 20)),
        pastReferral(QStringLiteral("w3"), Status::Won, {}, {}, {}, {}, krw(20'000'000), QDate(2026, 5, 1), QDate(2026, 5, 3)),
        pastReferral(QStringLiteral("w4"), Status::Won, {}, {}, {}, {}, Money{500000, QStringLiteral("USD")}, QDate(2026, 5, 1), QDate(2026, 5, 2)),
        pastReferral(QStringLiteral("l1"), Status::Lost, {}, {}, {}, {}, {}, QDate(2026, 5, 1), QDate(2026, 5, 1)),
        pastReferral(QStringLiteral("n1"), Status::Negotiating, {}, {}, {}, {}, {}, QDate(2026, 9, 1)),
        pastReferral(QStringLiteral("d1"), Status::Declined),
        pastReferral(QStringLiteral("s1"), Status::Skipped),
        pastReferral(QStringLiteral("m1"), Status::Missed),
        // Unlike the target:
        pastReferral(QStringLiteral("x-size"), Status::Won, QStringLiteral("51to250"), {}, {}, {}, krw(1), march, march),
        pastReferral(QStringLiteral("x-country"), Status::Won, {}, {}, {}, QStringLiteral("JP"), krw(1), march, march),
        pastReferral(QStringLiteral("x-product"), Status::Won, {}, {QStringLiteral("Teams")}, {}, {}, krw(1), march, march),
        pastReferral(QStringLiteral("x-industry"), Status::Won, {}, {}, {QStringLiteral("Retail")}, {}, krw(1), march, march),
        pastReferral(QStringLiteral("x-evaluating"), Status::Evaluating),
        pastReferral(QStringLiteral("x-new"), Status::New),
    };
    for (const PastReferral &one : history)
        storeReferral(db.store(), referralOf(one, now), now);
    Referral sample = referralOf(pastReferral(QStringLiteral("x-sample"), Status::Won, {}, {}, {}, {}, krw(1), march, march), now);
    sample.sample = true;
    storeReferral(db.store(), sample, now);
    Referral others = referralOf(pastReferral(QStringLiteral("x-partner"), Status::Won, {}, {}, {}, {}, krw(1), march, march), now);
    others.partnerId = QStringLiteral("other");
    others.profileId = QStringLiteral("other-kr");
    storeReferral(db.store(), others, now);
    storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("target"), Status::New), now), now);
}

} // namespace rd
