#pragma once

#include "referral.h"

#include <QString>
#include <optional>

namespace rd {

// What the window says when the selected referral leaves its tab without the rep doing it:
// its name, and where it is now (`now` empty: it is no longer in the database).
QString departureNotice(const Referral &before, const std::optional<Referral> &now);

} // namespace rd
