#include "money.h"

#include <QLocale>
#include <QTest>

using namespace rd;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void shouldKnowEachCurrencysDecimals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("decimals");
        QTest::newRow("won") << "KRW" << 0;
        QTest::newRow("yen") << "JPY" << 0;
        QTest::newRow("dollar") << "USD" << 2;
        QTest::newRow("euro") << "EUR" << 2;
        QTest::newRow("dinar of Kuwait") << "KWD" << 3;
        QTest::newRow("dinar of Bahrain") << "BHD" << 3;
        QTest::newRow("Chilean unit of account") << "CLF" << 4;
    }

    void shouldKnowEachCurrencysDecimals()
    {
        QFETCH(QString, code);
        QFETCH(int, decimals);
        QCOMPARE(currencyDecimals(code), std::optional<int>(decimals));
    }

    void shouldNotKnowMadeUpCodes()
    {
        QVERIFY(!currencyDecimals(QStringLiteral("XYZ")));
        QVERIFY(!currencyDecimals(QStringLiteral("usd")));
        QVERIFY(!currencyDecimals(QString()));
    }

    void shouldParseAmountsIntoMinorUnits_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("printed");
        QTest::newRow("won, whole") << "1500000" << "KRW" << qint64(1500000) << "1500000";
        QTest::newRow("won with a zero fraction") << "1500000.00" << "KRW" << qint64(1500000) << "1500000";
        QTest::newRow("yen") << "98000" << "JPY" << qint64(98000) << "98000";
        QTest::newRow("dollars and cents") << "1234.56" << "USD" << qint64(123456) << "1234.56";
        QTest::newRow("dollars with one decimal") << "12.5" << "USD" << qint64(1250) << "12.50";
        QTest::newRow("whole dollars") << "7" << "USD" << qint64(700) << "7.00";
        QTest::newRow("a cent") << "0.01" << "USD" << qint64(1) << "0.01";
        QTest::newRow("dinar with fils") << "1.234" << "KWD" << qint64(1234) << "1.234";
        QTest::newRow("leading zeros and spaces") << " 007.10 " << "EUR" << qint64(710) << "7.10";
        QTest::newRow("largest accepted") << "9999999999.99" << "USD" << qint64(999999999999LL) << "9999999999.99";
        QTest::newRow("largest won") << "999999999999" << "KRW" << qint64(999999999999LL) << "999999999999";
    }

    void shouldParseAmountsIntoMinorUnits()
    {
        QFETCH(QString, amount);
        QFETCH(QString, code);
        QFETCH(qint64, minorUnits);
        QFETCH(QString, printed);
        const MoneyParse parsed = parseMoney(amount, code);
        QVERIFY2(parsed.money, qPrintable(parsed.error));
        QCOMPARE(parsed.money->minorUnits, minorUnits);
        QCOMPARE(parsed.money->currency, code);
        QCOMPARE(moneyToDecimalString(*parsed.money), printed);
    }

    void shouldRefuseBadAmounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("won with decimals") << "1000.5" << "KRW" << "no decimals";
        QTest::newRow("cents beyond two") << "12.345" << "USD" << "at most 2";
        QTest::newRow("fils beyond three") << "1.2345" << "KWD" << "at most 3";
        QTest::newRow("zero") << "0" << "USD" << "greater than zero";
        QTest::newRow("zero with decimals") << "0.00" << "USD" << "greater than zero";
        QTest::newRow("negative") << "-5" << "USD" << "not an amount";
        QTest::newRow("letters") << "lots" << "USD" << "not an amount";
        QTest::newRow("empty") << "" << "USD" << "not an amount";
        QTest::newRow("grouping") << "1,000" << "USD" << "not an amount";
        QTest::newRow("exponent") << "1e6" << "USD" << "not an amount";
        QTest::newRow("trailing point") << "12." << "USD" << "not an amount";
        QTest::newRow("too large") << "12345678901234567890" << "KRW" << "too large";
        QTest::newRow("a cent above the bound") << "10000000000.00" << "USD" << "at most 9999999999.99 USD";
        QTest::newRow("eighteen nines of won") << "999999999999999999" << "KRW" << "too large";
        QTest::newRow("unknown currency") << "10" << "XYZ" << "ISO 4217";
        QTest::newRow("no currency") << "10" << "" << "ISO 4217";
    }

    void shouldRefuseBadAmounts()
    {
        QFETCH(QString, amount);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const MoneyParse parsed = parseMoney(amount, code);
        QVERIFY(!parsed.money);
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void shouldPrintNegativeAmountsWithTheirSign()
    {
        QCOMPARE(moneyToDecimalString(Money{-5, QStringLiteral("USD")}), QStringLiteral("-0.05"));
        QCOMPARE(moneyToDecimalString(Money{-1234, QStringLiteral("KWD")}), QStringLiteral("-1.234"));
    }

    void shouldShowExactlyWhatIsStored_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("largest won, Korean") << qint64(999'999'999'999) << "KRW" << "ko_KR" << QStringLiteral("₩999,999,999,999");
        QTest::newRow("largest dollars, English") << qint64(999'999'999'999) << "USD" << "en_US" << QStringLiteral("$9,999,999,999.99");
        // Through a double these would round or lose their last digits.
        QTest::newRow("eighteen nines of won") << qint64(999'999'999'999'999'999) << "KRW" << "ko_KR" << QStringLiteral("₩999,999,999,999,999,999");
        QTest::newRow("2^53 + 1 cents") << qint64(9'007'199'254'740'993) << "USD" << "en_US" << QStringLiteral("$90,071,992,547,409.93");
        QTest::newRow("fils") << qint64(1234) << "KWD" << "en_US" << QStringLiteral("KWD 1.234");
        QTest::newRow("four decimals") << qint64(12345) << "CLF" << "en_US" << QStringLiteral("CLF 1.2345");
    }

    void shouldShowExactlyWhatIsStored()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        QCOMPARE(formatMoney(Money{minorUnits, currency}, QLocale(locale)), shown);
    }

    void shouldWriteJsonNumbersOutDigitForDigit_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("plain") << "1234.5" << "1234.5";
        QTest::newRow("exponent") << "1.5e3" << "1500";
        QTest::newRow("negative exponent") << "1e-9" << "0.000000001";
        QTest::newRow("capital E with sign") << "25E+2" << "2500";
        QTest::newRow("negative") << "-0.25" << "-0.25";
        QTest::newRow("not a number") << "12a" << "";
        QTest::newRow("absurd exponent") << "1e999" << "";
    }

    void shouldWriteJsonNumbersOutDigitForDigit()
    {
        QFETCH(QString, number);
        QFETCH(QString, decimal);
        QCOMPARE(decimalFromJsonNumber(number).value_or(QString()), decimal);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
