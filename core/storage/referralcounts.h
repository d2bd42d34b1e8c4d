#pragma once

#include "referralstore.h"

#include <optional>

namespace rd {

class Database;

// How many referrals a query matches, counted by SQL without reading a row; its sort, cursor
// and limit are ignored. Empty when the count could not be read (`error` says why).
//
// The conditions repeat those of ReferralStore::pageStatement; they live apart only while
// the store is being changed on another branch, and belong in one place once both are in.
std::optional<int> countReferrals(const Database &database, const ReferralQuery &query, QString *error = nullptr);

} // namespace rd
