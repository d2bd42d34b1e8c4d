#pragma once

#include "referralstore.h"

#include <optional>

namespace rd {

class Database;

// How many referrals a query matches, counted by SQL without reading a row; its sort, cursor
// and limit are ignored. Empty when the count could not be read (`error` says why).
std::optional<int> countReferrals(const Database &database, const ReferralQuery &query, QString *error = nullptr);

} // namespace rd
