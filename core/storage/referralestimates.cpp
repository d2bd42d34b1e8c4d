// ReferralStore::changeEstimate: a negotiating deal's estimate kept current.
#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "visibility.h"

#include <QCoreApplication>

namespace rd {

ActionOutcome ReferralStore::changeEstimate(const QString &id, const EstimateChange &change, const QDateTime &now,
                                            const QString &actor, std::optional<int> expectedVersion)
{
    ActionOutcome outcome;
    std::optional<Referral> referral = beginChange(id, &outcome);
    if (!referral)
        return outcome;
    const EstimateDecision decision = expectedVersion && *expectedVersion != referral->version
        ? EstimateDecision{Refusal::Conflict, std::nullopt,
                           QCoreApplication::translate("ReferralStore", "This referral was changed meanwhile (it is now %1); look at it again before you decide.")
                               .arg(statusTitle(referral->status))}
        : decideEstimateChange(*referral, change, now);
    outcome.referral = visibleView(*referral);
    if (!decision.allowed()) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = decision.refusal;
        outcome.message = decision.message;
        return outcome;
    }
    if (referral->estimate == decision.estimate) {
        m_database.rollback(); // nothing changes, so nothing is recorded
        outcome.result = ActionOutcome::Result::Applied;
        return outcome;
    }

    HistoryEntry entry;
    entry.event = HistoryEvent::EstimateChange;
    entry.from = referral->status;
    entry.to = referral->status;
    entry.at = now;
    entry.actor = actor;
    entry.value = decision.estimate->value;
    entry.closingDate = decision.estimate->closingDate;
    entry.notes = decision.estimate->notes;
    entry.previousEstimate = referral->estimate;
    referral->estimate = decision.estimate;
    ReferralWriter writer(m_database);
    return commitChange(writer, *referral, entry);
}

} // namespace rd
