#pragma once

#include "referralstore.h"
#include "report.h"

#include <optional>

namespace rd {

class Database;

// What the referrals a query matches add up to: how many, and their value in each currency
// (never added across currencies). A referral's value is what the Value column shows: the
// final value, else the estimate, else the customer's hint.
struct ReferralTotals
{
    int count = 0;
    QList<CurrencyValue> value; // by currency code
    int withoutValue = 0;
};

// Counted and summed by SQL without reading a row; the query's sort, cursor and limit are
// ignored. Empty when the database could not say (`error` says why).
std::optional<ReferralTotals> totalReferrals(const Database &database, const ReferralQuery &query, QString *error = nullptr);

// What the review's filters can choose from, as stored in the archive: every country, business
// profile, rep who archived a referral and reason, each once.
struct ArchiveChoices
{
    struct Profile
    {
        QString id;
        QString region;
    };
    struct Reason
    {
        QString code;  // a preset's code; empty for a typed reason
        QString words; // the typed words (or a preset's stored English words)
    };
    QStringList countries;
    QList<Profile> profiles;
    QStringList reps;
    QList<Reason> reasons;
};

std::optional<ArchiveChoices> archiveChoices(const Database &database, QString *error = nullptr);

} // namespace rd
