// ReferralStore::changeEstimate: a negotiating deal's estimate kept current.
#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "visibility.h"

namespace rd {

ActionOutcome ReferralStore::changeEstimate(const QString &id, const EstimateChange &change, const QDateTime &now,
                                            const QString &actor, std::optional<int> expectedVersion)
{
    ActionOutcome outcome;
    std::optional<Referral> referral = beginChange(id, &outcome);
    if (!referral)
        return outcome;
    const EstimateDecision decision = expectedVersion && *expectedVersion != referral->version
        ? EstimateDecision{Refusal::Conflict, std::nullopt, changedMeanwhile(*referral)}
        : decideEstimateChange(*referral, change, now);
    outcome.referral = visibleView(*referral);
    if (!decision.allowed()) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = decision.refusal;
        outcome.message = decision.message;
        return outcome;
    }
    std::optional<EstimatePlan> plan = planEstimateChange(*referral, *decision.estimate, now, actor);
    if (!plan) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Applied;
        return outcome;
    }
    ReferralWriter writer(m_database);
    return commitChange(writer, plan->after, plan->entry);
}

} // namespace rd
