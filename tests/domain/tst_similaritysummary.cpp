#include "customersize.h"
#include "similaritysummary.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace rd;

namespace {

SimilarityGroup group(const QStringList &industries, const QStringList &products, const QString &band = QStringLiteral("1to50"),
                      const QString &country = QStringLiteral("KR"), const QString &partner = QStringLiteral("own"), bool sample = false)
{
    return SimilarityGroup{partner, sample, country, band, industries, products};
}

bool sharesOrAsksNothing(const QStringList &wanted, const QStringList &had)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &item : wanted) {
        if (had.contains(item))
            return true;
    }
    return false;
}

// The definition, referral by referral (SimilarReferralCounts::similarCondition says the same in SQL).
bool isSimilar(const SimilarityGroup &target, const SimilarityGroup &past)
{
    return past.partnerId == target.partnerId && past.sample == target.sample && past.country == target.country
        && (target.band.isEmpty() || past.band == target.band) && sharesOrAsksNothing(target.industries, past.industries)
        && sharesOrAsksNothing(target.products, past.products);
}

QStringList somewhat(QRandomGenerator &random, const QStringList &from, int most)
{
    QStringList items;
    for (int i = random.bounded(most + 1); i > 0; --i)
        items.append(from.at(random.bounded(int(from.size()))));
    return items;
}

} // namespace

// The groups a triaged referral counts in and the signed lookups of a new one: their sum is the
// number of similar referrals, whatever the lists.
class TestSimilaritySummary : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountInEverySubsetOfEachList()
    {
        // {∅, Retail} × {∅, Azure, Windows, both}.
        const QStringList keys = outcomeKeys(group({QStringLiteral("Retail")}, {QStringLiteral("Azure"), QStringLiteral("Windows")}));
        QCOMPARE(keys.size(), 8);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 8);
        // Repeats and order change nothing.
        QCOMPARE(outcomeKeys(group({QStringLiteral("Retail"), QStringLiteral("Retail")}, {QStringLiteral("Windows"), QStringLiteral("Azure")})),
                 keys);
    }

    void shouldAddOddSubsetsAndTakeAwayEvenOnes()
    {
        const QList<SimilarityTerm> terms = fitTerms(group({QStringLiteral("Retail"), QStringLiteral("Education")}, {QStringLiteral("Azure")}));
        QCOMPARE(terms.size(), 3); // {Education}, {Retail}, {Education, Retail}, each with {Azure}
        int sum = 0;
        for (const SimilarityTerm &term : terms)
            sum += term.sign;
        QCOMPARE(sum, 1);
        // Asking for no industry is one lookup of every past referral's empty subset.
        QCOMPARE(fitTerms(group({}, {QStringLiteral("Azure")})).size(), 1);
    }

    void shouldLookAtEveryBandWhenTheSizeIsUnknown()
    {
        const QList<SimilarityTerm> sized = fitTerms(group({QStringLiteral("Retail")}, {}));
        const QList<SimilarityTerm> unsized = fitTerms(group({QStringLiteral("Retail")}, {}, QString()));
        QCOMPARE(sized.size(), 1);
        QVERIFY(unsized.size() > 2); // every band, and none
        QVERIFY(unsized.contains(sized.constFirst()));
    }

    void shouldLeaveLongListsToBeCountedOneByOne()
    {
        const QStringList five = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
        QVERIFY(isWide(group(five, {})));
        QVERIFY(outcomeKeys(group(five, {})).isEmpty());
        QVERIFY(fitTerms(group({}, five)).isEmpty());
        // Repeats count as stored: the database's side counts the items the same way.
        QVERIFY(isWide(group({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")}, {})));
        const QStringList four = five.mid(0, 4);
        QVERIFY(!isWide(group(four, four)));
        QCOMPARE(outcomeKeys(group(four, four)).size(), 16 * 16);
    }

    void shouldReadTheBandOfTheSizeAsStored()
    {
        Referral referral;
        referral.customer.size = QStringLiteral("10to50");
        QCOMPARE(similarityGroupOf(referral).band, CustomerSize::band(QStringLiteral("10to50")));
        QVERIFY(!similarityGroupOf(referral).band.isEmpty());
        referral.customer.size = QStringLiteral("10To50"); // not the taxonomy's id: the database reads no band
        QCOMPARE(similarityGroupOf(referral).band, QString());
    }

    void shouldSumToTheSimilarReferralsCountedOneByOne()
    {
        QRandomGenerator random(42);
        const QStringList industries = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
        const QStringList products = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("w")};
        const QStringList bands = {QString(), QStringLiteral("1to50"), QStringLiteral("51to500"), QStringLiteral("Morethan500")};
        const auto randomGroup = [&] {
            return group(somewhat(random, industries, 4), somewhat(random, products, 4), bands.at(random.bounded(int(bands.size()))),
                         random.bounded(2) ? QStringLiteral("KR") : QStringLiteral("US"),
                         random.bounded(2) ? QStringLiteral("own") : QString(), random.bounded(4) == 0);
        };
        QList<SimilarityGroup> past;
        QHash<QString, int> counts;
        for (int i = 0; i < 600; ++i) {
            const SimilarityGroup g = randomGroup();
            past.append(g);
            for (const QString &key : outcomeKeys(g))
                ++counts[key];
        }
        for (int i = 0; i < 300; ++i) {
            const SimilarityGroup target = randomGroup();
            int summed = 0;
            for (const SimilarityTerm &term : fitTerms(target))
                summed += term.sign * counts.value(term.key);
            int counted = 0;
            for (const SimilarityGroup &g : std::as_const(past))
                counted += isSimilar(target, g) ? 1 : 0;
            QCOMPARE(summed, counted);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimilaritySummary)
#include "tst_similaritysummary.moc"
