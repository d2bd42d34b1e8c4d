#include "rfisubmission.h"

#include "profilestore.h"
#include "referralstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace rd {

namespace {

RfiOutcome refused(const QString &message)
{
    RfiOutcome outcome;
    outcome.result = RfiOutcome::Result::Refused;
    outcome.message = message;
    return outcome;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

RfiOutcome submitRfi(Database &database, ReferralStore &store, const Referral &request, const QStringList &profileIds,
                     const QDateTime &now, const QString &actor)
{
    if (profileIds.isEmpty() || profileIds.size() > kMaxRfiProfiles) {
        return refused(QCoreApplication::translate("rd::RfiSubmission", "An RFI goes to 1 to %1 business profiles; this one names %2.")
                           .arg(kMaxRfiProfiles)
                           .arg(profileIds.size()));
    }
    ProfileStore profiles(database);
    QSet<QString> seen;
    QList<Referral> referrals;
    RfiOutcome outcome;
    outcome.engagementId = newId();
    for (const QString &profileId : profileIds) {
        if (seen.contains(profileId))
            return refused(QCoreApplication::translate("rd::RfiSubmission", "The business profile \"%1\" is named twice; an RFI reaches each partner once.").arg(profileId));
        seen.insert(profileId);
        const std::optional<BusinessProfile> profile = profiles.profile(profileId);
        if (!profile) {
            if (!profiles.lastError().isEmpty()) {
                outcome.message = profiles.lastError();
                return outcome;
            }
            return refused(QCoreApplication::translate("rd::RfiSubmission", "There is no business profile with the id \"%1\".").arg(profileId));
        }
        if (!profile->active)
            return refused(QCoreApplication::translate("rd::RfiSubmission", "The business profile \"%1\" is paused and takes no referrals.").arg(profileId));
        Referral referral = request;
        referral.id = newId();
        referral.engagementId = outcome.engagementId;
        referral.partnerId = profile->partnerId;
        referral.profileId = profile->id;
        referral.receivedAt = now.toUTC();
        referral.statusSince = now.toUTC();
        referral.status = Status::New;
        referrals.append(referral);
        outcome.referrals.append(RfiReferral{referral.id, referral.partnerId, referral.profileId});
    }
    const InsertResult inserted = store.insert(referrals, now, actor);
    if (!inserted.error.isEmpty()) {
        outcome.referrals.clear();
        outcome.message = inserted.error;
        return outcome;
    }
    outcome.result = RfiOutcome::Result::Submitted;
    return outcome;
}

} // namespace rd
