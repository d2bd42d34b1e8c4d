#include "referralrouting.h"

#include "profilestore.h"

namespace rd {

ReferralRouting::ReferralRouting(Database &database)
    : m_database(database)
{
}

void ReferralRouting::route(Referral &referral)
{
    if (!referral.partnerId.isEmpty())
        return;
    if (!m_loaded) {
        ProfileStore profiles(m_database);
        m_ownPartner = profiles.ownPartner();
        if (!m_ownPartner.isEmpty())
            m_ownProfiles = profiles.profiles(m_ownPartner);
        m_loaded = true;
    }
    referral.partnerId = m_ownPartner;
    referral.profileId = profileForCountry(m_ownProfiles, referral.customer.address.country);
}

std::optional<ProfileContact> ReferralRouting::contactOf(const QString &profileId)
{
    if (profileId.isEmpty())
        return std::nullopt;
    const auto known = m_contacts.constFind(profileId);
    if (known != m_contacts.constEnd())
        return *known;
    std::optional<ProfileContact> contact;
    if (const std::optional<BusinessProfile> profile = ProfileStore(m_database).profile(profileId))
        contact = profile->contact;
    m_contacts.insert(profileId, contact);
    return contact;
}

} // namespace rd
