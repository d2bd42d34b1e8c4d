#pragma once

#include "referralstore.h"

#include <optional>

namespace rd {

class Database;

// How many referrals a query matches, counted by SQL without reading a row; its sort, cursor
// and limit are ignored. With `atMost`, counting stops there: a count that reads every row
// (searchReadsEveryRow()) ends as soon as that many match. Empty when the count could not be
// read (`error` says why).
std::optional<int> countReferrals(const Database &database, const ReferralQuery &query, QString *error = nullptr,
                                  std::optional<int> atMost = std::nullopt);

} // namespace rd
