#pragma once

#include "money.h"
#include "referral.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// What a referral is compared by (docs/ranking.md, "Fit"): the customer's country, its size
// band (customersize.h) and the industries and products it asks for.
struct SimilarityCriteria
{
    QString country;
    QString sizeBand; // empty: the referral names no size, and every size is alike
    QStringList industries;
    QStringList products;
};

SimilarityCriteria similarityCriteria(const Referral &referral);

// The won deals among the similar referrals in one currency (money is never added across
// currencies), with the median of their final values, rounded to the minor unit.
struct WonValues
{
    QString currency;
    int deals = 0;
    qint64 medianMinorUnits = 0;
};

// How the partner treated the referrals similar to one referral, counted by storage.
struct SimilarHistory
{
    int similar = 0;  // similar referrals whose triage is over (past New and Evaluating)
    int accepted = 0; // ... that reached Negotiating
    int won = 0;
    int lost = 0;
    QList<WonValues> wonValues; // by currency, most deals first, ties by code
    int wonWithClosingDate = 0;  // won deals whose Accept gave an estimated closing date
    int wonAfterClosingDate = 0; // ... won on a later day (UTC)

    std::optional<double> acceptRate() const;
    // Of the accepted deals that closed: won / (won + lost).
    std::optional<double> winRate() const;
};

// The Fit column's number, in [0, 1]: the share of similar referrals that became won deals,
// with one won and one not added ((won + 1) / (similar + 2)), so that little history says
// little and none is neutral (0.5), as choosiness is in Find a partner. Storage sorts by the
// same formula in SQL (ReferralStore::sortExpression, SortKey::Fit).
double fitScore(const SimilarHistory &history);

// The won deals in `currency`, if there are any.
std::optional<WonValues> wonValuesIn(const SimilarHistory &history, const QString &currency);
// The median to quote for `referral`: in its own currency (the estimate's, else the value
// hint's) when it has one, otherwise in the currency most similar won deals were in.
std::optional<WonValues> quotedWonValues(const SimilarHistory &history, const Referral &referral);

// What the referral is compared by, in the reader's language: "1–50 employees, Azure, KR".
QString criteriaText(const SimilarityCriteria &criteria, const QLocale &locale = QLocale());
// One sentence: "Similar past referrals (1–50 employees, Azure, KR): 12; you accepted 9 and won
// 5; median won value ₩12,000,000."
QString explainSimilar(const Referral &referral, const SimilarHistory &history, const QLocale &locale = QLocale());

} // namespace rd
