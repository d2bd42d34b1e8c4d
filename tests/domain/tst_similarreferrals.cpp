#include "similarreferrals.h"

#include <QTest>

using namespace rd;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

Referral smallAzureInKorea()
{
    Referral r;
    r.id = QStringLiteral("r");
    r.customer.size = QStringLiteral("10to50");
    r.customer.address.country = QStringLiteral("kr");
    r.details.requirements.products = {QStringLiteral("Azure")};
    return r;
}

SimilarHistory twelveSimilar()
{
    SimilarHistory h;
    h.similar = 12;
    h.accepted = 9;
    h.won = 5;
    h.lost = 3;
    h.wonValues = {{QStringLiteral("KRW"), 4, 12'000'000}, {QStringLiteral("USD"), 1, 900'000}};
    return h;
}

} // namespace

// What similar past referrals say of a new one: rates, the fit and the sentence.
class TestSimilarReferrals : public QObject
{
    Q_OBJECT

private slots:
    void shouldCompareByCountrySizeBandIndustriesAndProducts()
    {
        const SimilarityCriteria criteria = similarityCriteria(smallAzureInKorea());
        QCOMPARE(criteria.country, QStringLiteral("KR"));
        QCOMPARE(criteria.sizeBand, QStringLiteral("1to50"));
        QCOMPARE(criteria.products, QStringList{QStringLiteral("Azure")});
        QVERIFY(criteria.industries.isEmpty());
        QCOMPARE(criteriaText(criteria, kEnglish), QStringLiteral("1–50 employees, Azure, KR"));
    }

    void shouldComputeTheRatesByHand()
    {
        const SimilarHistory h = twelveSimilar();
        QCOMPARE(*h.acceptRate(), 9.0 / 12.0);
        QCOMPARE(*h.winRate(), 5.0 / 8.0); // won of won + lost; one still negotiating
        QVERIFY(!SimilarHistory().acceptRate());
        QVERIFY(!SimilarHistory().winRate());
    }

    void shouldScoreTheFitAsSmoothedWins()
    {
        QCOMPARE(fitScore(twelveSimilar()), 6.0 / 14.0);
        QCOMPARE(fitScore(SimilarHistory()), 0.5);
        SimilarHistory allLost;
        allLost.similar = 3;
        allLost.accepted = 3;
        allLost.lost = 3;
        QCOMPARE(fitScore(allLost), 0.2);
    }

    void shouldQuoteTheMedianInTheReferralsOwnCurrencyElseTheCommonest()
    {
        Referral r = smallAzureInKorea();
        QCOMPARE(quotedWonValues(twelveSimilar(), r)->currency, QStringLiteral("KRW"));
        r.details.valueHint = Money{5000, QStringLiteral("USD")};
        QCOMPARE(quotedWonValues(twelveSimilar(), r)->medianMinorUnits, 900'000);
        r.estimate = Estimate{Money{1, QStringLiteral("EUR")}, QDate(2027, 1, 1), {}};
        QVERIFY(!quotedWonValues(twelveSimilar(), r)); // no won deal in euros
    }

    void shouldExplainInOneSentence()
    {
        QCOMPARE(explainSimilar(smallAzureInKorea(), twelveSimilar(), kEnglish),
                 QStringLiteral("Similar past referrals (1–50 employees, Azure, KR): 12; you accepted 9 and won 5; median won value ₩12,000,000."));
        SimilarHistory one;
        one.similar = 1;
        QCOMPARE(explainSimilar(smallAzureInKorea(), one, kEnglish),
                 QStringLiteral("Similar past referrals (1–50 employees, Azure, KR): 1; you accepted 0 and won 0."));
        QCOMPARE(explainSimilar(smallAzureInKorea(), SimilarHistory(), kEnglish),
                 QStringLiteral("No similar past referrals (1–50 employees, Azure, KR) yet: the fit is neutral."));
    }
};

QTEST_GUILESS_MAIN(TestSimilarReferrals)
#include "tst_similarreferrals.moc"
