#include "fitsummary.h"
#include "migrations.h"
#include "referralpages.h"
#include "similarhistory.h"
#include "similarreferralcounts.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");
const QString kRep = QStringLiteral("rep");

QStringList pick(QRandomGenerator &random, const QStringList &from, int most)
{
    QStringList items;
    const int count = random.bounded(most + 1);
    for (int i = 0; i < count; ++i)
        items.append(from.at(random.bounded(int(from.size())))); // repeats on purpose: stored as given
    return items;
}

// A mixed history of `count` referrals: two organisations and none, samples and real ones,
// three countries and none, sizes of both scales, one the taxonomy does not know and none; a few
// industries and products each, now and then none or too many to summarise.
QList<Referral> mixedReferrals(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList partners = {QStringLiteral("own"), QStringLiteral("other"), QString()};
    const QStringList countries = {QStringLiteral("KR"), QStringLiteral("US"), QStringLiteral("JP"), QString()};
    const QStringList sizes = {QStringLiteral("1to9"), QStringLiteral("10to50"), QStringLiteral("1to50"), QStringLiteral("51to250"),
                               QStringLiteral("Morethan500"), QStringLiteral("42to43"), QString()};
    const QStringList industries = {QStringLiteral("Healthcare"), QStringLiteral("Retail"), QStringLiteral("Education"),
                                    QStringLiteral("Government"), QStringLiteral("Manufacturing")};
    const QStringList products = {QStringLiteral("Azure"), QStringLiteral("Microsoft 365"), QStringLiteral("Dynamics 365"),
                                  QStringLiteral("Power BI"), QStringLiteral("Windows"), QStringLiteral("Security")};
    QList<Referral> referrals;
    for (int i = 0; i < count; ++i) {
        const Status status = allStatuses().at(random.bounded(int(allStatuses().size())));
        const bool open = status == Status::New || status == Status::Evaluating;
        Referral r = sampleReferral(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), open ? kNow.addSecs(-3600) : kNow.addDays(-200), status);
        r.partnerId = partners.at(random.bounded(int(partners.size())));
        r.profileId = r.partnerId.isEmpty() ? QString() : r.partnerId + QStringLiteral("-kr");
        r.sample = random.bounded(5) == 0;
        r.customer.address.country = countries.at(random.bounded(int(countries.size())));
        r.customer.size = sizes.at(random.bounded(int(sizes.size())));
        const bool wide = random.bounded(15) == 0;
        r.details.requirements.industries = pick(random, industries, wide ? 7 : 3);
        r.details.requirements.products = pick(random, products, wide ? 7 : 3);
        if (status == Status::Negotiating || status == Status::Won || status == Status::Lost)
            r.estimate = Estimate{Money{1'000'000, QStringLiteral("KRW")}, QDate(2026, 9, 1), {}};
        referrals.append(r);
    }
    return referrals;
}

struct FitCheck
{
    QString id;
    QVariant summarised; // NULL when the summary keeps no lookups for it
    double counted = 0;
};

// Every new referral's Fit from the summary beside the one counted as the definition says.
QList<FitCheck> fitsOfNewReferrals(TestDatabase &db)
{
    const SqlDialect &dialect = db.database().dialect();
    QSqlQuery query(db.database().connection());
    query.setForwardOnly(dialect.readsRowsOneAtATime());
    if (!query.exec(QStringLiteral("SELECT id, %1, %2 FROM referrals WHERE status = 'new' ORDER BY id")
                        .arg(SimilarReferralCounts::summarisedFitExpression(dialect, QStringLiteral("referrals")),
                             SimilarReferralCounts::countedFitExpression(dialect, QStringLiteral("referrals"))))) {
        qWarning() << query.lastError().text();
        return {};
    }
    QList<FitCheck> checks;
    while (query.next())
        checks.append({query.value(0).toString(), query.value(1), query.value(2).toDouble()});
    return checks;
}

bool isWide(const Referral &referral)
{
    return referral.details.requirements.industries.size() > kMostItemsSummarised
        || referral.details.requirements.products.size() > kMostItemsSummarised;
}

// Fails the test unless every new referral but the wide ones has its Fit from the summary, and
// that Fit is the counted one; returns how many were checked.
int verifySummaryMatchesCounting(TestDatabase &db)
{
    const QList<FitCheck> checks = fitsOfNewReferrals(db);
    for (const FitCheck &check : checks) {
        const std::optional<Referral> referral = db.store().find(check.id);
        if (!referral) {
            QTest::qFail(qPrintable(QStringLiteral("%1 is gone").arg(check.id)), __FILE__, __LINE__);
            return -1;
        }
        if (isWide(*referral)) {
            if (!check.summarised.isNull()) {
                QTest::qFail(qPrintable(QStringLiteral("%1 is wide but has lookups").arg(check.id)), __FILE__, __LINE__);
                return -1;
            }
            continue;
        }
        if (check.summarised.isNull() || check.summarised.toDouble() != check.counted) {
            QTest::qFail(qPrintable(QStringLiteral("%1: summary %2, counted %3").arg(check.id, check.summarised.toString()).arg(check.counted)),
                         __FILE__, __LINE__);
            return -1;
        }
    }
    return int(checks.size());
}

void storeMixedHistory(TestDatabase &db, int count, quint32 seed)
{
    storeFitPartners(db);
    const InsertResult result = db.store().insert(mixedReferrals(count, seed), kNow, kRep);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
}

QStringList idsWithStatus(TestDatabase &db, Status status)
{
    QSqlQuery query(db.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM referrals WHERE status = ? ORDER BY id"));
    query.addBindValue(statusName(status));
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

void act(TestDatabase &db, const QString &id, Action action, const QDateTime &at)
{
    const ActionOutcome outcome = db.store().apply(id, requestFor(action, QStringLiteral("Budget"), Money{2'000'000, QStringLiteral("KRW")},
                                                                  QDate(2026, 10, 1)),
                                                   at, kRep);
    QVERIFY2(outcome.result == ActionOutcome::Result::Applied, qPrintable(id + QLatin1Char(' ') + outcome.message));
}

} // namespace

// Fit from its kept summary (similaritysummary.h) equals Fit counted as the definition says, for
// every new referral, as referrals arrive, are triaged, come back by an undo, lapse in a sweep
// and as the samples go; and a database of before gets its summary from the rows it holds.
class TestFitSummary : public QObject
{
    Q_OBJECT

private slots:
    void shouldMatchTheCountedFitForEveryNewReferral()
    {
        TestDatabase db;
        storeMixedHistory(db, 400, 7);
        QVERIFY(verifySummaryMatchesCounting(db) > 20);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM similarity_wide")).toInt() > 0);
    }

    void shouldFollowEveryDecisionUndoSweepAndRemoval()
    {
        TestDatabase db;
        storeMixedHistory(db, 300, 11);
        QDateTime at = kNow;
        // Half the new referrals answered, one way or the other; half the evaluating decided.
        const QStringList fresh = idsWithStatus(db, Status::New);
        for (int i = 0; i < fresh.size(); i += 2)
            act(db, fresh.at(i), i % 4 == 0 ? Action::Interested : Action::Skip, at);
        QVERIFY(verifySummaryMatchesCounting(db) > 0);
        const QStringList evaluating = idsWithStatus(db, Status::Evaluating);
        for (int i = 0; i < evaluating.size(); i += 2)
            act(db, evaluating.at(i), i % 4 == 0 ? Action::Accept : Action::Decline, at);
        const QStringList negotiating = idsWithStatus(db, Status::Negotiating);
        for (int i = 0; i < negotiating.size(); i += 2)
            act(db, negotiating.at(i), i % 4 == 0 ? Action::Won : Action::Lost, at);
        QVERIFY(verifySummaryMatchesCounting(db) > 0);

        // A "No thanks" taken back: the referral is new again, with its lookups.
        const QString skipped = fresh.at(2);
        const std::optional<Referral> before = db.store().find(skipped);
        QVERIFY(before && before->status == Status::Skipped);
        const ActionOutcome undone = db.store().undo(skipped, before->version, at.addSecs(5), kRep);
        QVERIFY2(undone.result == ActionOutcome::Result::Applied, qPrintable(undone.message));
        QVERIFY(idsWithStatus(db, Status::New).contains(skipped));
        QVERIFY(verifySummaryMatchesCounting(db) > 0);

        // New referrals of a week ago lapse; new ones arrive after.
        const SweepResult swept = db.store().sweep(kNow.addDays(8));
        QVERIFY2(swept.error.isEmpty(), qPrintable(swept.error));
        QVERIFY(idsWithStatus(db, Status::New).isEmpty());
        QList<Referral> later = mixedReferrals(120, 12);
        for (Referral &r : later) {
            r.id.prepend(QStringLiteral("later-"));
            r.receivedAt = kNow.addDays(8).addSecs(-60);
            r.statusSince = r.receivedAt;
        }
        QVERIFY(db.store().insert(later, kNow.addDays(8), kRep).error.isEmpty());
        QVERIFY(verifySummaryMatchesCounting(db) > 0);

        const RemovalResult removed = db.store().removeSamples();
        QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
        QVERIFY(removed.removed > 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM similarity_outcomes WHERE sample = 1 AND triaged > 0")).toInt(), 0);
        QVERIFY(verifySummaryMatchesCounting(db) > 0);
    }

    void shouldSortTheNewTabByTheSummarisedFit()
    {
        TestDatabase db;
        storeMixedHistory(db, 300, 5);
        QList<FitCheck> checks = fitsOfNewReferrals(db);
        std::sort(checks.begin(), checks.end(), [](const FitCheck &a, const FitCheck &b) {
            return a.counted != b.counted ? a.counted > b.counted : a.id > b.id;
        });
        QStringList expected;
        for (const FitCheck &check : std::as_const(checks))
            expected.append(check.id);
        ReferralQuery query;
        query.tab = Tab::New;
        query.sort = SortKey::Fit;
        query.order = Qt::DescendingOrder;
        QCOMPARE(walk(db.store(), query, 7), expected);
    }

    void shouldBuildTheSummaryOfADatabaseThatHadNone()
    {
        // A database of schema 9 is this one without the summary's tables and what came after
        // them (schema 11's sorting indexes): take them away, and open it again as the next
        // release would.
        TestDatabase db;
        storeMixedHistory(db, 300, 3);
        for (const char *table : {"similarity_terms", "similarity_wide", "similarity_outcomes"})
            QVERIFY(db.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        for (const char *key : {"city", "size", "hint", "notes", "claimed", "industry", "product", "service"})
            QVERIFY(db.exec(QStringLiteral("DROP INDEX referrals_by_tab_unanswered_%1").arg(QLatin1String(key))));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 10")));

        DatabaseError error;
        const std::unique_ptr<Database> reopened = Database::open(db.database().spec(), &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(reopened->schemaVersion(), latestSchemaVersion());
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM similarity_outcomes")).toInt() > 0);
        QVERIFY(verifySummaryMatchesCounting(db) > 20);
    }

    void shouldKeepEachLookupOnAnIndex()
    {
        TestDatabase db;
        storeMixedHistory(db, 50, 1);
        ReferralQuery query;
        query.tab = Tab::New;
        query.sort = SortKey::Fit;
        const QString plan = db.planOfPage(query);
        QVERIFY2(planWalksIndex(plan, QStringLiteral("similarity_terms")) || plan.contains(QStringLiteral("sqlite_autoindex_similarity_terms")),
                 qPrintable(plan));
        QVERIFY2(planWalksIndex(plan, QStringLiteral("similarity_outcomes")) || plan.contains(QStringLiteral("sqlite_autoindex_similarity_outcomes")),
                 qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestFitSummary)
#include "tst_fitsummary.moc"
