#include "referralpages.h"
#include "similarhistory.h"
#include "similarreferralcounts.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");

Money krw(qint64 amount)
{
    return Money{amount, QStringLiteral("KRW")};
}

Referral referralOf(const PastReferral &past)
{
    return rd::referralOf(past, kNow);
}

} // namespace

// Similar past referrals counted in SQL, by hand from a fixed history; the Fit sort.
class TestSimilarReferralCounts : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountTheSimilarReferralsByHand()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        SimilarReferralCounts counts(db.database());
        const std::optional<SimilarHistory> history = counts.historyOf(QStringLiteral("target"));
        QVERIFY2(history, qPrintable(counts.lastError()));
        QCOMPARE(history->similar, 9);  // w1-w4, l1, n1, d1, s1, m1
        QCOMPARE(history->accepted, 6); // w1-w4, l1, n1
        QCOMPARE(history->won, 4);
        QCOMPARE(history->lost, 1);
        QCOMPARE(history->wonValues.size(), 2);
        QCOMPARE(history->wonValues.at(0).currency, QStringLiteral("KRW")); // most deals first
        QCOMPARE(history->wonValues.at(0).deals, 3);
        QCOMPARE(history->wonValues.at(0).medianMinorUnits, 12'000'000); // of 10, 12 and 20 million
        QCOMPARE(history->wonValues.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(history->wonValues.at(1).medianMinorUnits, 500000);
        QCOMPARE(history->wonWithClosingDate, 4);
        QCOMPARE(history->wonAfterClosingDate, 3); // w1, w3, w4; w2 closed early
        QCOMPARE(fitScore(*history), 5.0 / 11.0);
    }

    void shouldTakeTheMeanOfTheMiddleTwoForAnEvenCount()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("w5"), Status::Won, QStringLiteral("10to50"), {QStringLiteral("Azure")},
                                              {QStringLiteral("Healthcare")}, QStringLiteral("KR"), krw(14'000'001), QDate(2026, 3, 1), QDate(2026, 3, 1))),
                      kNow);
        const SimilarHistory history = *SimilarReferralCounts(db.database()).historyOf(QStringLiteral("target"));
        QCOMPARE(history.wonValues.at(0).deals, 4);
        QCOMPARE(history.wonValues.at(0).medianMinorUnits, 13'000'001); // (12,000,000 + 14,000,001) / 2, rounded
    }

    void shouldCompareSamplesWithSamplesOnly()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        Referral sample = referralOf(pastReferral(QStringLiteral("sample-target"), Status::New));
        sample.sample = true;
        storeReferral(db.store(), sample, kNow);
        const SimilarHistory history = *SimilarReferralCounts(db.database()).historyOf(QStringLiteral("sample-target"));
        QCOMPARE(history.similar, 1); // x-sample
        QCOMPARE(history.won, 1);
    }

    void shouldJudgeSlippingByTheDatePromisedAtAccept()
    {
        TestDatabase db;
        storeFitPartners(db);
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            Referral evaluating = referralOf(pastReferral(id, Status::Evaluating));
            evaluating.receivedAt = kNow.addDays(-1); // its 7 days have not run out
            storeReferral(db.store(), evaluating, kNow.addDays(-1));
            QCOMPARE(db.store().apply(id, requestFor(Action::Accept, {}, krw(5'000'000), QDate(2026, 7, 10)), kNow, QStringLiteral("rep")).result,
                     ActionOutcome::Result::Applied);
        }
        // "a" moved its estimate past the day it was won; it slipped all the same.
        EstimateChange later;
        later.closingDate = QDate(2026, 8, 31);
        QCOMPARE(db.store().changeEstimate(QStringLiteral("a"), later, kNow.addDays(1), QStringLiteral("rep")).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().apply(QStringLiteral("a"), requestFor(Action::Won, {}), utc("2026-07-20T10:00:00Z"), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(db.store().apply(QStringLiteral("b"), requestFor(Action::Won, {}), utc("2026-07-10T23:00:00Z"), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied); // on the day itself: not late
        storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("target"), Status::New)), kNow);
        const SimilarHistory history = *SimilarReferralCounts(db.database()).historyOf(QStringLiteral("target"));
        QCOMPARE(history.won, 2);
        QCOMPARE(history.wonWithClosingDate, 2);
        QCOMPARE(history.wonAfterClosingDate, 1);
    }

    void shouldSayNothingOfAReferralThatIsNotStored()
    {
        TestDatabase db;
        SimilarReferralCounts counts(db.database());
        QVERIFY(!counts.historyOf(QStringLiteral("nowhere")));
        QVERIFY(counts.lastError().isEmpty());
        QVERIFY(counts.fitOf({}).isEmpty());
    }

    void shouldReportADatabaseFailure()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE referrals RENAME TO gone")));
        SimilarReferralCounts counts(db.database());
        QVERIFY(!counts.historyOf(QStringLiteral("target")));
        QVERIFY(!counts.lastError().isEmpty());
        QVERIFY(counts.fitOf({QStringLiteral("target")}).isEmpty());
        QVERIFY(!counts.lastError().isEmpty());
    }

    void shouldSortTheNewTabByFitAPageAtATime()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        // Another new referral like the target, and one unlike anything (neutral, 0.5).
        storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("target2"), Status::New)), kNow);
        storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("lonely"), Status::New, QStringLiteral("Morethan20000"))), kNow);
        const QHash<QString, double> fits = SimilarReferralCounts(db.database()).fitOf(
            {QStringLiteral("target"), QStringLiteral("target2"), QStringLiteral("lonely"), QStringLiteral("x-new")});
        QCOMPARE(fits.value(QStringLiteral("target")), 5.0 / 11.0);
        QCOMPARE(fits.value(QStringLiteral("lonely")), 0.5);
        // x-new (10-50, Azure, Healthcare, KR) is like the target too: the same history.
        QCOMPARE(fits.value(QStringLiteral("x-new")), 5.0 / 11.0);

        ReferralQuery query;
        query.tab = Tab::New;
        query.sort = SortKey::Fit;
        query.order = Qt::DescendingOrder;
        // A page a row: every boundary falls between equal or unequal fits.
        QCOMPARE(walk(db.store(), query, 1),
                 (QStringList{QStringLiteral("lonely"), QStringLiteral("x-new"), QStringLiteral("target2"), QStringLiteral("target")}));
        query.order = Qt::AscendingOrder;
        QCOMPARE(walk(db.store(), query, 1).constLast(), QStringLiteral("lonely"));
    }

    void shouldKeepTheFitSubqueryOnAnIndex()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        ReferralQuery query;
        query.tab = Tab::New;
        query.sort = SortKey::Fit;
        const QString plan = db.planOfPage(query);
        QVERIFY2(plan.contains(QStringLiteral("referrals_similar")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSimilarReferralCounts)
#include "tst_similarreferralcounts.moc"
