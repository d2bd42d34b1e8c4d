#include "currencyconversion.h"

#include <QTest>

using namespace rd;

namespace {

ConversionRates toKrw()
{
    return ConversionRates{QStringLiteral("KRW"),
                           {ExchangeRate{QStringLiteral("EUR"), QStringLiteral("1450.5"), QDate(2026, 3, 31)},
                            ExchangeRate{QStringLiteral("USD"), QStringLiteral("1350"), QDate(2026, 3, 30)}}};
}

} // namespace

class TestCurrencyConversion : public QObject
{
    Q_OBJECT

private slots:
    void shouldConvertEachAmountWithItsRate()
    {
        // EUR 1200.00 * 1450.5 = ₩1,740,600; USD 300.00 * 1350 = ₩405,000; ₩5,000,000 as it is.
        const Conversion result = convert({{QStringLiteral("EUR"), 120000}, {QStringLiteral("KRW"), 5000000}, {QStringLiteral("USD"), 30000}}, toKrw());
        QCOMPARE(result.target, QStringLiteral("KRW"));
        QCOMPARE(result.minorUnits, qint64(1740600 + 5000000 + 405000));
        QVERIFY(result.convertedAny);
        QCOMPARE(result.used.size(), 2);
        QCOMPARE(result.used.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(result.used.at(0).date, QDate(2026, 3, 31));
        QVERIFY(result.unconverted.isEmpty());
    }

    void shouldKeepACurrencyWithoutARateApartAndSaySo()
    {
        const Conversion result = convert({{QStringLiteral("EUR"), 100}, {QStringLiteral("JPY"), 5000}}, toKrw());
        QCOMPARE(result.minorUnits, qint64(1451)); // EUR 1.00 * 1450.5 rounds half away from zero
        QCOMPARE(result.unconverted.size(), 1);
        QCOMPARE(result.unconverted.at(0).currency, QStringLiteral("JPY"));
        QCOMPARE(result.unconverted.at(0).minorUnits, qint64(5000));
    }

    void shouldConvertBetweenDecimalsExactly()
    {
        // ₩1,000 at 0.00074 USD = $0.74; KWD has three decimals.
        ConversionRates rates{QStringLiteral("USD"), {ExchangeRate{QStringLiteral("KRW"), QStringLiteral("0.00074"), QDate(2026, 1, 2)},
                                                        ExchangeRate{QStringLiteral("KWD"), QStringLiteral("3.25"), QDate(2026, 1, 2)}}};
        const Conversion result = convert({{QStringLiteral("KRW"), 1000}, {QStringLiteral("KWD"), 1500}}, rates);
        QCOMPARE(result.minorUnits, qint64(74 + 488)); // KWD 1.500 * 3.25 = $4.875 -> $4.88
        // The largest amount at a large rate does not overflow silently.
        const Conversion big = convert({{QStringLiteral("KRW"), 999'999'999'999}}, ConversionRates{QStringLiteral("KRW"), {}});
        QCOMPARE(big.minorUnits, qint64(999'999'999'999));
    }

    void shouldConvertNothingWithoutATarget()
    {
        const Conversion result = convert({{QStringLiteral("EUR"), 100}}, ConversionRates{});
        QVERIFY(!result.convertedAny);
        QCOMPARE(result.unconverted.size(), 1);
    }

    void rateProblems_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("integer") << QStringLiteral("1350") << true;
        QTest::newRow("decimal") << QStringLiteral("0.00074") << true;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("negative") << QStringLiteral("-1") << false;
        QTest::newRow("comma") << QStringLiteral("1,350") << false;
        QTest::newRow("too many decimals") << QStringLiteral("0.000000001") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void rateProblems()
    {
        QFETCH(QString, rate);
        QFETCH(bool, valid);
        QCOMPARE(rateProblem(rate).isEmpty(), valid);
    }

    void shouldKeepRatesAsText()
    {
        const ConversionRates rates = toKrw();
        QCOMPARE(ratesFromText(ratesToText(rates)), rates);
        QCOMPARE(ratesFromText(QStringLiteral("not json")), ConversionRates{});
        // A bad rate is dropped, the others kept.
        const ConversionRates read = ratesFromText(QStringLiteral(
            R"({"target":"KRW","rates":[{"currency":"EUR","rate":"abc","date":"2026-03-31"},{"currency":"USD","rate":"1350","date":"2026-03-30"}]})"));
        QCOMPARE(read.rates.size(), 1);
        QCOMPARE(read.rates.at(0).currency, QStringLiteral("USD"));
    }
};

QTEST_GUILESS_MAIN(TestCurrencyConversion)
#include "tst_currencyconversion.moc"
