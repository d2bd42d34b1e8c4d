#pragma once

#include <QString>
#include <optional>

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

// Parses a plain decimal such as "1234.50" (a '.' separator, no grouping, no sign) in the
// given currency. Refuses unknown currencies, more decimals than the currency has, and
// amounts that are not positive.
MoneyParse parseMoney(const QString &amount, const QString &currencyCode);

// The same decimal text back, with the currency's decimals ("1234.50", "1000000").
QString moneyToDecimalString(const Money &money);
