#pragma once

#include "businessprofile.h"
#include "money.h"
#include "referral.h"
#include "similarreferrals.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace rd {

// Why a referral may not be one to accept (docs/ranking.md, "Fit check before Accept"). The
// Accept dialog shows them; none of them stops the rep.
enum class FitWarningKind {
    SizeOptedOut,            // the routed profile opted out of the customer's size
    NoMatchingExpertise,     // none of what is asked for is among the profile's expertise
    CountryOutsideLocations, // the customer's country is none of the profile's locations
    ValueFarBelow,           // under a third of the median of similar won deals
    ValueFarAbove,           // over three times that median
    ClosingDatesSlip,        // most similar won deals closed after their estimated date
};

struct FitWarning
{
    FitWarningKind kind;
    QString message; // translated
};

// Similar won deals in the estimate's currency needed before its value is called unusual, and
// those with a closing date needed before their slipping says anything.
inline constexpr int kMinDealsToJudge = 3;
// "Far" from the median: below median / kFarFactor or above median × kFarFactor.
inline constexpr int kFarFactor = 3;

// Where the referral conflicts with the profile it was routed to.
QList<FitWarning> profileConflicts(const Referral &referral, const BusinessProfile &profile, const QLocale &locale = QLocale());
// Whether the estimate is unusual next to the similar won deals: its value (when typed) and
// the closing dates of those deals.
QList<FitWarning> estimateWarnings(const std::optional<Money> &value, const SimilarHistory &history,
                                   const QLocale &locale = QLocale());
// Both, profile conflicts first; no profile conflicts without a routed profile.
QList<FitWarning> fitWarnings(const Referral &referral, const std::optional<BusinessProfile> &profile,
                              const std::optional<Money> &value, const SimilarHistory &history,
                              const QLocale &locale = QLocale());

} // namespace rd
