#pragma once

#include "referral.h"

#include <QJsonObject>
#include <optional>

namespace rd {

// A referral as Partner Center sends it (REFERRALS.md), the inverse of
// parsePartnerCenterReferral(): what a benchmark's or a test's import file holds. Partner
// Center has no word for Referral Desk's own Evaluating, Skipped and Missed: those are empty.
std::optional<QJsonObject> partnerCenterRecord(const Referral &referral);

} // namespace rd
