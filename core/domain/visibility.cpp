#include "visibility.h"

namespace rd {

Visibility visibilityFor(Status status)
{
    switch (status) {
    case Status::New:
    case Status::Skipped:
    case Status::Missed:
        return {false, false};
    case Status::Declined:
    case Status::Expired:
        return {true, false};
    case Status::Evaluating:
    case Status::Negotiating:
    case Status::Won:
    case Status::Lost:
        return {true, true};
    }
    return {};
}

Referral visibleView(Referral referral)
{
    const Visibility visibility = visibilityFor(referral.status);
    if (!visibility.organisation) {
        referral.customer.name.clear();
        referral.customer.address.line1.clear();
        referral.customer.address.line2.clear();
    }
    if (!visibility.contacts)
        referral.customer.contacts.clear();
    return referral;
}

} // namespace rd
