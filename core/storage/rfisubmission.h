#pragma once

#include "referral.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

class Database;
class ReferralStore;

// A customer may send one RFI to this many partners at once.
inline constexpr int kMaxRfiProfiles = 5;

struct RfiReferral
{
    QString id;
    QString partnerId;
    QString profileId;
};

struct RfiOutcome
{
    enum class Result { Submitted, Refused, Failed };
    Result result = Result::Failed;
    QString engagementId;
    QList<RfiReferral> referrals; // one per chosen profile, in the order given
    QString message;              // why it was refused or failed, translated
};

// Sends `request` (customer, consent, details: see rfijson.h) to each of `profileIds`: one
// engagement, one New referral per profile, each routed to its profile and partner, with its
// alert to the profile's contact, all in one transaction. Refused, storing nothing, for fewer
// than one or more than kMaxRfiProfiles profiles, a repeated one, or one unknown or paused.
RfiOutcome submitRfi(Database &database, ReferralStore &store, const Referral &request, const QStringList &profileIds,
                     const QDateTime &now, const QString &actor);

} // namespace rd
