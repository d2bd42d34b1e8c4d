#pragma once

#include "businessprofile.h"
#include "referral.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

class Database;

// Which organisation and profile a referral belongs to, and who is told about it. Made for one
// transaction: it reads the profiles once and remembers them.
class ReferralRouting
{
public:
    explicit ReferralRouting(Database &database);

    // An imported referral that names no partner goes to the database's own organisation and
    // its profile with a location in the customer's country (none when no profile has one).
    void route(Referral &referral);
    // The contact of a stored profile; nothing for an empty id or a profile that is gone.
    std::optional<ProfileContact> contactOf(const QString &profileId);

private:
    Database &m_database;
    bool m_loaded = false;
    QString m_ownPartner;
    QList<BusinessProfile> m_ownProfiles;
    QHash<QString, std::optional<ProfileContact>> m_contacts;
};

} // namespace rd
