#include "partnerranking.h"

#include <QTest>

using namespace rd;

namespace {

BusinessProfile profile()
{
    BusinessProfile p;
    p.id = QStringLiteral("seoul");
    p.partnerId = QStringLiteral("contoso");
    p.region = QStringLiteral("Korea");
    p.locations = {{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    p.industries = {QStringLiteral("Healthcare"), QStringLiteral("Education")};
    p.products = {QStringLiteral("Azure")};
    p.keywords = {QStringLiteral("클라우드 이전")};
    p.description = QStringLiteral("Data platforms for hospitals");
    return p;
}

PartnerSearch search()
{
    PartnerSearch s;
    s.country = QStringLiteral("KR");
    s.size = QStringLiteral("51to250");
    s.industries = {QStringLiteral("Healthcare")};
    s.products = {QStringLiteral("Azure"), QStringLiteral("Teams")};
    return s;
}

constexpr qint64 kHour = 3600 * 1000;

PartnerRecord answeredIn(qint64 medianMs, int received = 10, int missed = 0)
{
    PartnerRecord record;
    record.received = received;
    record.medianFirstAnswerMs = medianMs;
    record.missedOrExpired = missed;
    return record;
}

} // namespace

// Each effect of the ranking pinned with everything else equal.
class TestPartnerRanking : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowOnlyActiveProfilesThatServeTheCustomerThere()
    {
        QVERIFY(isCandidate(profile(), search()));
        BusinessProfile paused = profile();
        paused.active = false;
        QVERIFY(!isCandidate(paused, search()));
        BusinessProfile optedOut = profile();
        optedOut.excludedSizes = {QStringLiteral("51to250")};
        QVERIFY(!isCandidate(optedOut, search()));
        PartnerSearch elsewhere = search();
        elsewhere.country = QStringLiteral("US");
        QVERIFY(!isCandidate(profile(), elsewhere));
        PartnerSearch anySize = search();
        anySize.size.clear();
        QVERIFY(isCandidate(optedOut, anySize));
    }

    void shouldFitByTheShareOfTheRequestCovered()
    {
        // Industries 1 of 1, products 1 of 2: (1 + 0.5) / 2.
        QCOMPARE(rankPartner(profile(), search(), {}).fit, 0.75);
        PartnerSearch words = search();
        words.keywords = {QStringLiteral("클라우드"), QStringLiteral("HOSPITALS"), QStringLiteral("blockchain")};
        QCOMPARE(rankPartner(profile(), words, {}).fit, (1.0 + 0.5 + 2.0 / 3.0) / 3.0);
        QCOMPARE(rankPartner(profile(), PartnerSearch{QStringLiteral("KR"), {}, {}, {}, {}, {}, {}}, {}).fit, 1.0);
        BusinessProfile better = profile();
        better.products.append(QStringLiteral("Teams"));
        QVERIFY(rankPartner(better, search(), {}).score > rankPartner(profile(), search(), {}).score);
    }

    void shouldRankFasterAnswersHigher()
    {
        const PartnerMatch fast = rankPartner(profile(), search(), answeredIn(kHour));
        const PartnerMatch day = rankPartner(profile(), search(), answeredIn(24 * kHour));
        const PartnerMatch slow = rankPartner(profile(), search(), answeredIn(72 * kHour));
        QCOMPARE(day.responsiveness, 0.5);
        QCOMPARE(slow.responsiveness, 0.25);
        QVERIFY(fast.responsiveness > 0.95);
        QVERIFY(fast.score > day.score && day.score > slow.score);
        QCOMPARE(fast.fit, slow.fit);
    }

    void shouldRankFewerMissedHigher()
    {
        const PartnerMatch reliable = rankPartner(profile(), search(), answeredIn(24 * kHour, 10, 0));
        const PartnerMatch missing = rankPartner(profile(), search(), answeredIn(24 * kHour, 10, 4));
        QCOMPARE(missing.responsiveness, 0.5 * 0.6);
        QVERIFY(reliable.score > missing.score);
        PartnerRecord silent;
        silent.received = 5;
        silent.missedOrExpired = 5;
        QCOMPARE(rankPartner(profile(), search(), silent).responsiveness, 0.0);
    }

    void shouldRankPartnersThatAcceptSimilarDealsAboveThoseThatDecline()
    {
        PartnerRecord accepting;
        accepting.acceptedSimilar = 8;
        PartnerRecord declining;
        declining.declinedSimilar = 8;
        const PartnerMatch yes = rankPartner(profile(), search(), accepting);
        const PartnerMatch no = rankPartner(profile(), search(), declining);
        QCOMPARE(yes.choosiness, 0.9);
        QCOMPARE(no.choosiness, 0.1);
        QVERIFY(yes.score > no.score);
    }

    void shouldGiveAPartnerWithoutHistoryANeutralValue()
    {
        const PartnerMatch newcomer = rankPartner(profile(), search(), {});
        QCOMPARE(newcomer.responsiveness, kNeutral);
        QCOMPARE(newcomer.choosiness, kNeutral);
        PartnerRecord best = answeredIn(0);
        best.acceptedSimilar = 20;
        PartnerRecord worst = answeredIn(200 * kHour, 10, 9);
        worst.declinedSimilar = 20;
        QVERIFY(rankPartner(profile(), search(), best).score > newcomer.score);
        QVERIFY(newcomer.score > rankPartner(profile(), search(), worst).score);
        QCOMPARE(newcomer.score, kFitWeight * 0.75 + kResponsivenessWeight * kNeutral + kChoosinessWeight * kNeutral);
    }
};

QTEST_GUILESS_MAIN(TestPartnerRanking)
#include "tst_partnerranking.moc"
