#include "fitcheck.h"

#include <QTest>

using namespace rd;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

BusinessProfile seoulProfile()
{
    BusinessProfile p;
    p.id = QStringLiteral("kr");
    p.region = QStringLiteral("Korea");
    p.locations = {{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    p.industries = {QStringLiteral("Healthcare")};
    p.products = {QStringLiteral("Azure")};
    p.excludedSizes = {QStringLiteral("1to50")};
    return p;
}

Referral referral(const QString &size, const QString &country, const QString &product)
{
    Referral r;
    r.customer.size = size;
    r.customer.address.country = country;
    r.details.requirements.products = {product};
    return r;
}

QList<FitWarningKind> kinds(const QList<FitWarning> &warnings)
{
    QList<FitWarningKind> result;
    for (const FitWarning &warning : warnings)
        result.append(warning.kind);
    return result;
}

SimilarHistory wonInWon(int deals, qint64 median)
{
    SimilarHistory h;
    h.wonValues = {{QStringLiteral("KRW"), deals, median}};
    return h;
}

Money won(qint64 amount)
{
    return Money{amount, QStringLiteral("KRW")};
}

} // namespace

// The fit check before Accept: conflicts with the routed profile, and unusual estimates.
class TestFitCheck : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindNothingWrongWithAReferralThatFits()
    {
        QVERIFY(profileConflicts(referral(QStringLiteral("51to250"), QStringLiteral("KR"), QStringLiteral("Azure")), seoulProfile()).isEmpty());
    }

    void shouldWarnOfASizeOptedOutAlsoThroughItsBand()
    {
        const QList<FitWarning> warnings = profileConflicts(referral(QStringLiteral("1to9"), QStringLiteral("KR"), QStringLiteral("Azure")), seoulProfile(), kEnglish);
        QCOMPARE(kinds(warnings), QList<FitWarningKind>{FitWarningKind::SizeOptedOut});
        QCOMPARE(warnings.first().message, QStringLiteral("The business profile Korea opted out of customers of this size (1–9 employees)."));
    }

    void shouldWarnWhenNothingAskedForIsAmongTheExpertise()
    {
        const QList<FitWarning> warnings = profileConflicts(referral(QStringLiteral("51to250"), QStringLiteral("KR"), QStringLiteral("Teams")), seoulProfile(), kEnglish);
        QCOMPARE(kinds(warnings), QList<FitWarningKind>{FitWarningKind::NoMatchingExpertise});
        Referral alsoHealthcare = referral(QStringLiteral("51to250"), QStringLiteral("KR"), QStringLiteral("Teams"));
        alsoHealthcare.details.requirements.industries = {QStringLiteral("Healthcare")};
        QVERIFY(profileConflicts(alsoHealthcare, seoulProfile()).isEmpty()); // one match is enough
        Referral asksNothing = referral(QStringLiteral("51to250"), QStringLiteral("KR"), QString());
        asksNothing.details.requirements.products.clear();
        QVERIFY(profileConflicts(asksNothing, seoulProfile()).isEmpty());
    }

    void shouldWarnOfACountryOutsideTheLocations()
    {
        const QList<FitWarning> warnings = profileConflicts(referral(QString(), QStringLiteral("jp"), QStringLiteral("Azure")), seoulProfile(), kEnglish);
        QCOMPARE(kinds(warnings), QList<FitWarningKind>{FitWarningKind::CountryOutsideLocations});
        QCOMPARE(warnings.first().message, QStringLiteral("The customer's country (JP) is none of the locations of the business profile Korea."));
        QVERIFY(profileConflicts(referral(QString(), QString(), QStringLiteral("Azure")), seoulProfile()).isEmpty());
    }

    void shouldCallAValueFarWhenOutsideAThirdToThreeTimesTheMedian_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("deals");
        QTest::addColumn<QList<FitWarningKind>>("expected");
        const QList<FitWarningKind> none;
        QTest::newRow("exactly a third") << qint64(4'000'000) << 3 << none;
        QTest::newRow("just under a third") << qint64(3'999'999) << 3 << QList<FitWarningKind>{FitWarningKind::ValueFarBelow};
        QTest::newRow("exactly three times") << qint64(36'000'000) << 3 << none;
        QTest::newRow("just over three times") << qint64(36'000'001) << 3 << QList<FitWarningKind>{FitWarningKind::ValueFarAbove};
        QTest::newRow("two deals say nothing") << qint64(1) << 2 << none;
    }

    void shouldCallAValueFarWhenOutsideAThirdToThreeTimesTheMedian()
    {
        QFETCH(qint64, value);
        QFETCH(int, deals);
        QFETCH(QList<FitWarningKind>, expected);
        QCOMPARE(kinds(estimateWarnings(won(value), wonInWon(deals, 12'000'000))), expected);
    }

    void shouldCompareOnlyWithDealsInTheSameCurrency()
    {
        QVERIFY(estimateWarnings(Money{1, QStringLiteral("USD")}, wonInWon(5, 12'000'000)).isEmpty());
        QVERIFY(estimateWarnings(std::nullopt, wonInWon(5, 12'000'000)).isEmpty());
        QCOMPARE(estimateWarnings(won(1'000'000), wonInWon(4, 12'000'000), kEnglish).first().message,
                 QStringLiteral("The estimated deal value is under a third of the median of 4 similar won deals (₩12,000,000)."));
    }

    void shouldWarnWhenMostSimilarWonDealsClosedLate()
    {
        SimilarHistory h;
        h.wonWithClosingDate = 4;
        h.wonAfterClosingDate = 2; // half is not most
        QVERIFY(estimateWarnings(std::nullopt, h).isEmpty());
        h.wonAfterClosingDate = 3;
        const QList<FitWarning> warnings = estimateWarnings(std::nullopt, h, kEnglish);
        QCOMPARE(kinds(warnings), QList<FitWarningKind>{FitWarningKind::ClosingDatesSlip});
        QCOMPARE(warnings.first().message,
                 QStringLiteral("Most similar won deals closed after their estimated closing date (3 of 4): allow for that in this one."));
        h.wonWithClosingDate = 2;
        h.wonAfterClosingDate = 2; // too few to say
        QVERIFY(estimateWarnings(std::nullopt, h).isEmpty());
    }

    void shouldPutProfileConflictsFirstAndNoneWithoutAProfile()
    {
        const Referral r = referral(QStringLiteral("1to9"), QStringLiteral("JP"), QStringLiteral("Teams"));
        QCOMPARE(kinds(fitWarnings(r, seoulProfile(), won(1), wonInWon(3, 12'000'000))),
                 (QList<FitWarningKind>{FitWarningKind::SizeOptedOut, FitWarningKind::NoMatchingExpertise,
                                        FitWarningKind::CountryOutsideLocations, FitWarningKind::ValueFarBelow}));
        QCOMPARE(kinds(fitWarnings(r, std::nullopt, won(1), wonInWon(3, 12'000'000))), QList<FitWarningKind>{FitWarningKind::ValueFarBelow});
    }
};

QTEST_GUILESS_MAIN(TestFitCheck)
#include "tst_fitcheck.moc"
