#pragma once

#include <QString>
#include <optional>

class QLocale;

namespace rd {

// An amount in integer minor units of an ISO 4217 currency: no floating point ever touches
// money, and each currency keeps its real number of decimals (KRW 0, USD 2, KWD 3).
struct Money
{
    qint64 minorUnits = 0;
    QString currency;

    bool operator==(const Money &other) const
    {
        return minorUnits == other.minorUnits && currency == other.currency;
    }
};

// Number of decimals of an active ISO 4217 code, or nothing for an unknown code.
std::optional<int> currencyDecimals(const QString &code);

struct MoneyParse
{
    std::optional<Money> money;
    QString error; // a translated sentence when money is empty
};

// The largest amount in minor units (₩999,999,999,999 or $9,999,999,999.99): every amount is
// exact in a double (below 2^53), and a sum of ten million of them still fits in 64 bits.
inline constexpr qint64 kMaxMinorUnits = 999'999'999'999;

// Parses a plain decimal such as "1234.50" (a '.' separator, no grouping, no sign) in the
// given currency. Refuses unknown currencies, more decimals than the currency has, and
// amounts that are not positive or above kMaxMinorUnits.
MoneyParse parseMoney(const QString &amount, const QString &currencyCode);

// The same decimal text back, with the currency's decimals ("1234.50", "1000000").
QString moneyToDecimalString(const Money &money);

// A JSON number as written ("1.5e3", "-0.25", "1e-9") as a plain decimal ("1500", "-0.25",
// "0.000000001"), digit for digit; nothing when it is not a JSON number or is absurdly long.
std::optional<QString> decimalFromJsonNumber(const QString &number);
bool isZeroDecimal(const QString &decimal);

// The amount for people in `locale`'s digits and grouping with the currency's symbol, from
// the integer itself, so that what is shown is exactly what is stored.
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace rd
