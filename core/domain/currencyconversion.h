#pragma once

#include "report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

// One rate the manager entered: one unit of `currency` is worth `rate` units of the target
// currency, as of `date` (the day the manager took it from, shown beside every converted
// figure). The rate is kept as the decimal text typed, so that conversion stays exact.
struct ExchangeRate
{
    QString currency;
    QString rate; // a plain positive decimal such as "1450.5"
    QDate date;

    bool operator==(const ExchangeRate &) const = default;
};

struct ConversionRates
{
    QString target; // ISO 4217; empty: nothing is converted
    QList<ExchangeRate> rates;

    std::optional<ExchangeRate> rateFor(const QString &currency) const;
    bool operator==(const ConversionRates &) const = default;
};

// Amounts in several currencies brought to one: what could be converted (and the rates that
// did it), and what stays in its own currency because no rate was given for it. Never silent:
// `unconverted` lists every currency left out of `minorUnits`.
struct Conversion
{
    QString target;
    qint64 minorUnits = 0;           // in the target's minor units
    QList<ExchangeRate> used;        // in the order of the amounts, each once
    QList<CurrencyValue> unconverted; // no rate: left as they were
    bool convertedAny = false;        // something was added to minorUnits
};

// Whether `rate` will do as a rate: a plain decimal above zero, at most 12 digits before the
// point and 8 after. A translated sentence when it will not; empty when it will.
QString rateProblem(const QString &rate);

// Converts each amount with its currency's rate (the target currency counts as it is),
// rounding half away from zero once per amount, in integers: no floating point.
Conversion convert(const QList<CurrencyValue> &amounts, const ConversionRates &rates);

// The rates as the database's settings keep them (JSON text), and back; rates that do not read
// back as valid are dropped.
QString ratesToText(const ConversionRates &rates);
ConversionRates ratesFromText(const QString &text);

} // namespace rd
