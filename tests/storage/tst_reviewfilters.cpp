#include "profilestore.h"
#include "referralcounts.h"
#include "referralpages.h"
#include "referraltotals.h"
#include "reportfixture.h"

#include <QTest>

using namespace rd;

namespace {

ReferralQuery archived()
{
    ReferralQuery query;
    query.tab = Tab::Archived;
    query.sort = SortKey::ReceivedAt;
    return query;
}

BusinessProfile profileIn(const QString &id, const QString &region, const QString &country)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = QStringLiteral("own");
    profile.region = region;
    profile.contact = {QStringLiteral("Ann"), QStringLiteral("ann@own.example"), QStringLiteral("en")};
    profile.locations = {{QStringLiteral("City"), country}};
    return profile;
}

} // namespace

// The review's filters and totals over the report's fixed data set (reportfixture.h), and a
// small archive of three countries and two business profiles.
class TestReviewFilters : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;

    QStringList matching(const ReferralQuery &query)
    {
        const QStringList found = walk(m_db.store(), query, 3);
        // The count of a filter counts what its pages show.
        const std::optional<int> count = countReferrals(m_db.database(), query);
        [&] { QVERIFY(count); QCOMPARE(*count, int(found.size())); }();
        return found;
    }

private slots:
    void initTestCase() { buildReportFixture(m_db); }

    void severalOutcomesAtOnce()
    {
        ReferralQuery query = archived();
        query.statuses = {Status::Won, Status::Lost};
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r09"), QStringLiteral("r01")}));
        query.statuses = {Status::Missed, Status::Expired, Status::Skipped};
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r12"), QStringLiteral("r02"), QStringLiteral("r04"),
                                               QStringLiteral("r05"), QStringLiteral("r13")}));
    }

    void repIsWhoMadeTheArchivingDecision()
    {
        ReferralQuery query = archived();
        query.reps = {QStringLiteral("kim")};
        // kim accepted r06 too, but it is still negotiating; lee answered r05 but the deadline archived it.
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r09"), QStringLiteral("r12"), QStringLiteral("r01"), QStringLiteral("r03")}));
        query.reps = {QStringLiteral("lee")};
        QCOMPARE(matching(query), QStringList{QStringLiteral("r02")});
        query.reps = {QStringLiteral("system")};
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r04"), QStringLiteral("r05"), QStringLiteral("r13")}));
        query.reps = {QStringLiteral("lee"), QStringLiteral("park")};
        QCOMPARE(matching(query), QStringList{QStringLiteral("r02")});
    }

    void repFilterLooksUpHistoryByItsIndex()
    {
        ReferralQuery query = archived();
        query.reps = {QStringLiteral("kim")};
        const QString plan = m_db.planOfPage(query);
        QVERIFY2(plan.contains(QStringLiteral("history_by_referral")), qPrintable(plan));
    }

    void presetReasonsByCodeTypedOnesByText()
    {
        ReferralQuery query = archived();
        // Given in English (r02) and in Korean (r12): one preset.
        query.reasonCodes = {QStringLiteral("outside-region")};
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r12"), QStringLiteral("r02")}));
        query.reasonCodes.clear();
        query.typedReasons = {QStringLiteral("Too far away")};
        QCOMPARE(matching(query), QStringList{QStringLiteral("r03")});
        // The words of a preset are not a typed reason.
        query.typedReasons = {QStringLiteral("Price")};
        QCOMPARE(matching(query), QStringList());
        query.typedReasons = {QStringLiteral("  Too far away ")};
        query.reasonCodes = {QStringLiteral("price")};
        QCOMPARE(matching(query), (QStringList{QStringLiteral("r09"), QStringLiteral("r03")}));
    }

    void filtersCombine()
    {
        ReferralQuery query = archived();
        query.reps = {QStringLiteral("kim")};
        query.statuses = {Status::Skipped, Status::Won};
        query.closedFrom = utc("2026-03-10T00:00:00Z");
        query.closedUntil = utc("2026-03-20T05:00:00Z"); // r01 closed exactly then: inclusive
        QCOMPARE(matching(query), QStringList{QStringLiteral("r01")});
    }

    void totalsFollowTheFilterByCurrency()
    {
        ReferralQuery query = archived();
        std::optional<ReferralTotals> totals = totalReferrals(m_db.database(), query);
        QVERIFY(totals);
        QCOMPARE(totals->count, 8);
        // r01 won EUR 1200.00, r09 lost with its estimate EUR 500.00; the rest have no value.
        QCOMPARE(totals->value.size(), 1);
        QCOMPARE(totals->value.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(totals->value.at(0).minorUnits, 170000);
        QCOMPARE(totals->withoutValue, 6);

        query.statuses = {Status::Won};
        totals = totalReferrals(m_db.database(), query);
        QVERIFY(totals);
        QCOMPARE(totals->count, 1);
        QCOMPARE(totals->value.at(0).minorUnits, 120000);
        QCOMPARE(totals->withoutValue, 0);

        query.reps = {QStringLiteral("nobody")};
        totals = totalReferrals(m_db.database(), query);
        QVERIFY(totals);
        QCOMPARE(totals->count, 0);
        QVERIFY(totals->value.isEmpty());
    }

    void totalsNeverAddAcrossCurrencies()
    {
        ReferralQuery query;
        query.tab = Tab::Negotiating;
        const std::optional<ReferralTotals> totals = totalReferrals(m_db.database(), query);
        QVERIFY(totals);
        QCOMPARE(totals->count, 2);
        QCOMPARE(totals->value.size(), 2); // r06 KRW 5000000, r07 USD 300.00
        QCOMPARE(totals->value.at(0).currency, QStringLiteral("KRW"));
        QCOMPARE(totals->value.at(0).minorUnits, 5000000);
        QCOMPARE(totals->value.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(totals->value.at(1).minorUnits, 30000);
    }

    void choicesOfTheFixture()
    {
        const std::optional<ArchiveChoices> choices = archiveChoices(m_db.database());
        QVERIFY(choices);
        QCOMPARE(choices->countries, QStringList{QStringLiteral("KR")});
        QCOMPARE(choices->reps, (QStringList{QStringLiteral("kim"), QStringLiteral("lee"), QStringLiteral("system")}));
        QCOMPARE(choices->reasons.size(), 3);
        QCOMPARE(choices->reasons.at(0).code, QString()); // typed: "Too far away"
        QCOMPARE(choices->reasons.at(0).words, QStringLiteral("Too far away"));
        QCOMPARE(choices->reasons.at(1).code, QStringLiteral("outside-region"));
        QCOMPARE(choices->reasons.at(2).code, QStringLiteral("price"));
    }

    void countryAndProfile()
    {
        TestDatabase db;
        ProfileStore profiles(db.database());
        QVERIFY(profiles.setPartner({QStringLiteral("own"), QStringLiteral("Own")}).stored());
        QCOMPARE(profiles.setProfile(profileIn(QStringLiteral("kr"), QStringLiteral("Korea"), QStringLiteral("KR"))).result,
                 ProfileChange::Result::Created);
        QCOMPARE(profiles.setProfile(profileIn(QStringLiteral("us"), QStringLiteral("America"), QStringLiteral("US"))).result,
                 ProfileChange::Result::Created);
        const QDateTime at = utc("2026-05-01T00:00:00Z");
        const QStringList countries{QStringLiteral("KR"), QStringLiteral("US"), QStringLiteral("JP")};
        for (const QString &country : countries) {
            Referral referral = sampleReferral(country.toLower(), at);
            referral.customer.address.country = country;
            storeReferral(db.store(), referral, at);
            QCOMPARE(db.store().apply(referral.id, requestFor(Action::Skip, QStringLiteral("busy")), at.addSecs(60), QStringLiteral("ann")).result,
                     ActionOutcome::Result::Applied);
        }
        ReferralQuery query = archived();
        query.countries = {QStringLiteral("us"), QStringLiteral("JP")};
        QStringList found = walk(db.store(), query, 10);
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("jp"), QStringLiteral("us")}));
        query.countries.clear();
        query.profileIds = {QStringLiteral("kr")};
        QCOMPARE(walk(db.store(), query, 10), QStringList{QStringLiteral("kr")});
        // Japan is in no profile's locations: it went to none, and no profile filter finds it.
        query.profileIds = {QStringLiteral("kr"), QStringLiteral("us")};
        found = walk(db.store(), query, 10);
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("kr"), QStringLiteral("us")}));

        const std::optional<ArchiveChoices> choices = archiveChoices(db.database());
        QVERIFY(choices);
        QCOMPARE(choices->countries, (QStringList{QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("US")}));
        QCOMPARE(choices->profiles.size(), 2);
        QCOMPARE(choices->profiles.at(0).region, QStringLiteral("America"));
        QCOMPARE(choices->profiles.at(1).id, QStringLiteral("kr"));
        QCOMPARE(choices->reps, QStringList{QStringLiteral("ann")});
        QCOMPARE(choices->reasons.size(), 1);
        QCOMPARE(choices->reasons.at(0).words, QStringLiteral("busy"));
    }
};

QTEST_GUILESS_MAIN(TestReviewFilters)
#include "tst_reviewfilters.moc"
