#pragma once

#include "referral.h"

#include <QString>

namespace rd {

class Database;

// The detail pane's "Similar past referrals" for a new or evaluating referral (docs/ranking.md,
// "Fit"): how many, accept rate, win rate, median won value, the fit, and the sentence that
// says it. HTML in the pane's style; empty for other statuses or when nothing can be counted.
QString similarReferralsSection(Database &database, const Referral &referral);

} // namespace rd
