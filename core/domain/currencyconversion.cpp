#include "currencyconversion.h"

#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace rd {

namespace {

constexpr int kMaxRateDigits = 12;
constexpr int kMaxRateDecimals = 8;

struct Decimal
{
    qint64 digits = 0; // the rate with its point removed
    int scale = 0;     // how many of them were after the point
};

std::optional<Decimal> parseRate(const QString &rate)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,%1})(?:\\.(\\d{1,%2}))?$").arg(kMaxRateDigits).arg(kMaxRateDecimals));
    const QRegularExpressionMatch match = shape.match(rate.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2);
    Decimal decimal{(match.captured(1) + fraction).toLongLong(), int(fraction.size())};
    if (decimal.digits <= 0)
        return std::nullopt;
    return decimal;
}

__int128 power10(int exponent)
{
    __int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// amount (minor units of `from`) * rate, in minor units of `to`, rounded half away from zero.
std::optional<qint64> converted(qint64 amount, int fromDecimals, int toDecimals, const Decimal &rate)
{
    const __int128 numerator = __int128(amount) * rate.digits * power10(toDecimals);
    const __int128 denominator = power10(rate.scale + fromDecimals);
    const __int128 magnitude = (numerator < 0 ? -numerator : numerator);
    __int128 quotient = (magnitude + denominator / 2) / denominator;
    if (numerator < 0)
        quotient = -quotient;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(quotient);
}

} // namespace

std::optional<ExchangeRate> ConversionRates::rateFor(const QString &currency) const
{
    for (const ExchangeRate &rate : rates) {
        if (rate.currency == currency)
            return rate;
    }
    return std::nullopt;
}

QString rateProblem(const QString &rate)
{
    if (parseRate(rate))
        return {};
    return QCoreApplication::translate("Conversion", "A rate is a number above zero such as 1450.5, with at most %1 decimals.")
        .arg(kMaxRateDecimals);
}

Conversion convert(const QList<CurrencyValue> &amounts, const ConversionRates &rates)
{
    Conversion result;
    result.target = rates.target;
    const std::optional<int> targetDecimals = currencyDecimals(rates.target);
    for (const CurrencyValue &amount : amounts) {
        if (targetDecimals && amount.currency == rates.target) {
            result.minorUnits += amount.minorUnits;
            result.convertedAny = true;
            continue;
        }
        const std::optional<ExchangeRate> rate = rates.rateFor(amount.currency);
        const std::optional<Decimal> decimal = rate ? parseRate(rate->rate) : std::nullopt;
        const std::optional<int> fromDecimals = currencyDecimals(amount.currency);
        std::optional<qint64> value;
        if (targetDecimals && decimal && fromDecimals && rate->date.isValid())
            value = converted(amount.minorUnits, *fromDecimals, *targetDecimals, *decimal);
        if (!value) {
            result.unconverted.append(amount);
            continue;
        }
        result.minorUnits += *value;
        result.convertedAny = true;
        if (!result.used.contains(*rate))
            result.used.append(*rate);
    }
    return result;
}

QString ratesToText(const ConversionRates &rates)
{
    QJsonArray list;
    for (const ExchangeRate &rate : rates.rates) {
        list.append(QJsonObject{{QStringLiteral("currency"), rate.currency},
                                {QStringLiteral("rate"), rate.rate},
                                {QStringLiteral("date"), rate.date.toString(Qt::ISODate)}});
    }
    const QJsonObject root{{QStringLiteral("target"), rates.target}, {QStringLiteral("rates"), list}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ConversionRates ratesFromText(const QString &text)
{
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    ConversionRates rates;
    rates.target = root.value(QStringLiteral("target")).toString();
    if (!currencyDecimals(rates.target))
        rates.target.clear();
    for (const QJsonValue &entry : root.value(QStringLiteral("rates")).toArray()) {
        const QJsonObject object = entry.toObject();
        ExchangeRate rate{object.value(QStringLiteral("currency")).toString(), object.value(QStringLiteral("rate")).toString(),
                          QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate)};
        if (currencyDecimals(rate.currency) && parseRate(rate.rate) && rate.date.isValid() && !rates.rateFor(rate.currency))
            rates.rates.append(rate);
    }
    return rates;
}

} // namespace rd
