#pragma once

#include "status.h"

#include <QString>
#include <optional>

namespace rd {

// A tab's title with its count: "New (283)", or "New (12 of 283)" while a search or filter
// narrows it to `matching` of its `total`.
QString tabTitle(Tab tab, int total, std::optional<int> matching = std::nullopt, bool atLeast = false);

} // namespace rd
