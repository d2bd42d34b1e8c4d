#pragma once

#include "referral.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The kept summary behind Fit (docs/ranking.md, "Fit"; docs/performance.md). A past referral is
// similar to a new one when they share the partner, the sample flag and the country, the new
// one's size band is empty or equal, and they share an industry (when the new one names any) and
// a product (likewise). Counting that referral by referral, for every new referral, grows with
// the square of the referrals. Instead each triaged referral adds itself to a count per group:
// its partner, sample flag, country and band, with one subset of its industries and one of its
// products (every subset, the empty ones included). A new referral's similar referrals are then
// an inclusion-exclusion sum over the subsets of its own lists: a few lookups, exactly the
// referrals that share an item of each list.
//
// These functions take a referral as it is stored: its country and size as written, its lists
// with whatever repeats they hold, exactly what the SQL definition compares.

// A list longer than this is compared referral by referral instead: its subsets would be too
// many to keep (2^n).
inline constexpr int kMostItemsSummarised = 4;

// The part of a referral the similarity compares.
struct SimilarityGroup
{
    QString partnerId; // empty: no partner stored
    bool sample = false;
    QString country;
    QString band; // CustomerSize::band of a size the taxonomy knows by this exact id; else empty
    QStringList industries;
    QStringList products;
};

SimilarityGroup similarityGroupOf(const Referral &referral);

// Too many items in a list to summarise: compared with each new referral one by one.
bool isWide(const SimilarityGroup &group);

// The groups a triaged referral counts in; none when it is wide.
QStringList outcomeKeys(const SimilarityGroup &group);

// One lookup of a new referral's Fit: the counts of `key`, added (sign 1) or taken away (-1).
struct SimilarityTerm
{
    QString key;
    int sign = 1;
    bool operator==(const SimilarityTerm &other) const = default;
};

// The lookups whose signed sum counts the similar referrals of a new one; none when it is
// wide (its Fit is counted referral by referral).
QList<SimilarityTerm> fitTerms(const SimilarityGroup &group);

// What a referral adds to its groups' counts: its triage is over; it was won.
bool countsAsTriaged(Status status);
bool countsAsWon(Status status);

} // namespace rd
