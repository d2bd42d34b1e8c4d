#pragma once

#include "businessprofile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace rd {

class Database;

// What storing a partner or a profile came to: stored (new or replacing one with its id), or
// refused with the sentences that say why, in which case nothing was written.
struct ProfileChange
{
    enum class Result { Created, Replaced, Refused, Failed };
    Result result = Result::Failed;
    QStringList problems; // translated; for Refused and Failed

    bool stored() const { return result == Result::Created || result == Result::Replaced; }
};

// Partner organisations and their business profiles. Each change is one transaction: a profile
// is stored whole (its locations and expertise with it) or not at all.
class ProfileStore
{
public:
    explicit ProfileStore(Database &database);

    // Adds a partner organisation, or renames the one with its id.
    ProfileChange setPartner(const PartnerOrganisation &partner);
    QList<PartnerOrganisation> partners() const;
    std::optional<PartnerOrganisation> partner(const QString &id) const;
    // The database's own organisation (the first one stored), which imported referrals belong
    // to; empty before there is one.
    QString ownPartner() const;

    // Creates the profile, or replaces the one with its id; refused when it has problems or
    // names a partner that is not stored.
    ProfileChange setProfile(const BusinessProfile &profile);
    // Several at once, all or none: unless *allStored, nothing was stored, and the changes say
    // which profile was refused and why.
    QList<ProfileChange> setProfiles(const QList<BusinessProfile> &profiles, bool *allStored);
    std::optional<BusinessProfile> profile(const QString &id) const;
    // In id order; of one partner when `partnerId` is given.
    QList<BusinessProfile> profiles(const QString &partnerId = {}) const;

    // Stores one profile as setProfile() does, inside the write transaction the caller began
    // (a change recorded beside it, say); the caller commits or rolls back.
    ProfileChange setProfileInTransaction(const BusinessProfile &profile) { return writeProfile(profile); }

    // The active profiles with a location in `country`, in id order: who Find a partner weighs.
    QList<BusinessProfile> activeProfilesIn(const QString &country) const;

    // Why the last read failed; empty when it worked.
    QString lastError() const { return m_lastError; }

private:
    ProfileChange writeProfile(const BusinessProfile &profile);
    // The profiles whose business_profiles row meets `which` (SQL with `bindings`), in id order.
    QList<BusinessProfile> select(const QString &which, const QVariantList &bindings) const;
    bool partnerExists(const QString &id) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace rd
