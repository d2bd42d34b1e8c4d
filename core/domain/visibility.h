#pragma once

#include "referral.h"

namespace rd {

// What the partner may see of the customer depends on the status (REFERRALS.md, "What is
// visible when"): contacts are personal data the customer shares only with a partner that
// engages. Every read through core passes through here.
struct Visibility
{
    bool organisation = false; // name and address lines
    bool contacts = false;
};

Visibility visibilityFor(Status status);
Referral visibleView(Referral referral);

} // namespace rd
