#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace rd {

namespace {

// Active ISO 4217 codes (list of 2024) and their minor units.
const char kZeroDecimalCodes[] = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const char kThreeDecimalCodes[] = "BHD IQD JOD KWD LYD OMR TND";
const char kFourDecimalCodes[] = "CLF UYW";
const char kTwoDecimalCodes[] =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR "
    "FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW "
    "KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN "
    "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD "
    "SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU "
    "UZS VED VES WST XCD YER ZAR ZMW ZWL";

QHash<QString, int> buildCurrencyTable()
{
    QHash<QString, int> table;
    const auto add = [&table](const char *codes, int decimals) {
        const QStringList list = QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &code : list)
            table.insert(code, decimals);
    };
    add(kZeroDecimalCodes, 0);
    add(kTwoDecimalCodes, 2);
    add(kThreeDecimalCodes, 3);
    add(kFourDecimalCodes, 4);
    return table;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::optional<int> currencyDecimals(const QString &code)
{
    static const QHash<QString, int> table = buildCurrencyTable();
    const auto it = table.constFind(code);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

MoneyParse parseMoney(const QString &amount, const QString &currencyCode)
{
    const std::optional<int> decimals = currencyDecimals(currencyCode);
    if (!decimals)
        return {std::nullopt, QCoreApplication::translate("Money", "\"%1\" is not an ISO 4217 currency code such as KRW, USD or EUR.").arg(currencyCode)};

    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    const QString trimmed = amount.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return {std::nullopt, QCoreApplication::translate("Money", "\"%1\" is not an amount; write digits with an optional decimal point, such as 1500 or 1500.50.").arg(amount)};

    const QString whole = match.captured(1);
    QString fraction = match.captured(2);
    while (fraction.size() > *decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > *decimals) {
        if (*decimals == 0)
            return {std::nullopt, QCoreApplication::translate("Money", "%1 amounts have no decimals; \"%2\" has some.").arg(currencyCode, amount)};
        return {std::nullopt, QCoreApplication::translate("Money", "%1 amounts have at most %n decimal(s); \"%2\" has more.", nullptr, *decimals).arg(currencyCode, amount)};
    }
    fraction = fraction.leftJustified(*decimals, QLatin1Char('0'));

    QString digits = whole + fraction;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    // Compared as text first: a number too long for a qint64 must not wrap around.
    const QString largest = QString::number(kMaxMinorUnits);
    if (digits.size() > largest.size() || (digits.size() == largest.size() && digits > largest)) {
        return {std::nullopt, QCoreApplication::translate("Money", "\"%1\" is too large: a deal value is at most %2 %3.")
                                  .arg(amount, moneyToDecimalString(Money{kMaxMinorUnits, currencyCode}), currencyCode)};
    }
    const qint64 minor = digits.toLongLong();
    if (minor <= 0)
        return {std::nullopt, QCoreApplication::translate("Money", "The amount must be greater than zero.")};
    return {Money{minor, currencyCode}, {}};
}

QString moneyToDecimalString(const Money &money)
{
    const int decimals = currencyDecimals(money.currency).value_or(0);
    const qint64 unit = powerOfTen(decimals);
    const qint64 whole = money.minorUnits / unit;
    const qint64 fraction = qAbs(money.minorUnits % unit);
    QString text = QString::number(whole);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
    if (money.minorUnits < 0 && whole == 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

std::optional<QString> decimalFromJsonNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?\\d{1,4}))?$"));
    const QRegularExpressionMatch match = pattern.match(number);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(2) + match.captured(3);
    // The decimal point sits after `point` digits; the exponent moves it.
    int point = int(match.captured(2).size()) + match.captured(4).toInt();
    if (point > 40 || point < -40)
        return std::nullopt; // no amount has forty digits; refusing keeps the text short
    if (point <= 0) {
        digits.prepend(QString(-point + 1, QLatin1Char('0')));
        point = 1;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    QString result = digits.left(point);
    const QString fraction = digits.mid(point);
    if (!fraction.isEmpty())
        result += QLatin1Char('.') + fraction;
    return match.captured(1) + result;
}

bool isZeroDecimal(const QString &decimal)
{
    for (const QChar c : decimal) {
        if (c != QLatin1Char('0') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int decimals = currencyDecimals(money.currency).value_or(2);
    const qint64 unit = powerOfTen(decimals);
    const qint64 magnitude = money.minorUnits < 0 ? -money.minorUnits : money.minorUnits;
    QString number = locale.toString(magnitude / unit);
    if (decimals > 0) {
        const QString fraction = QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
        number += locale.decimalPoint() + fraction;
    }
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("KRW"), QStringLiteral("₩")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
    };
    // Other currencies show their code, which no reader can mistake ("A$" and "$" can be).
    const QString symbol = symbols.value(money.currency, money.currency + QLatin1Char(' '));
    // The locale places the symbol; the digits are ours, never a double's.
    QString pattern = locale.toCurrencyString(0.0, symbol, decimals);
    const QString zero = locale.toString(0.0, 'f', decimals);
    pattern.replace(pattern.indexOf(zero), zero.size(), number);
    return money.minorUnits < 0 ? locale.negativeSign() + pattern : pattern;
}

} // namespace rd
