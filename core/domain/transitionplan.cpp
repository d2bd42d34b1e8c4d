#include "transitionplan.h"

#include "actor.h"
#include "claim.h"
#include "undo.h"

namespace rd {

namespace {

// The values a rep gave with the decision: the estimate of an Accept, the final value of a Won
// (the estimate when none is given), and the reason.
void applyRequest(const ActionRequest &request, Referral &after, HistoryEntry &entry)
{
    entry.reason = request.reason.trimmed();
    if (request.action == Action::Accept) {
        after.estimate = Estimate{*request.value, request.closingDate, request.notes.trimmed()};
        entry.value = request.value;
        entry.closingDate = request.closingDate;
    } else if (request.action == Action::Won) {
        after.finalValue = request.value ? request.value
                                         : (after.estimate ? std::optional<Money>(after.estimate->value) : std::nullopt);
        entry.value = after.finalValue;
    }
    entry.reasonCode = entry.reason.isEmpty() ? QString() : request.reasonCode;
    if (!entry.reason.isEmpty()) {
        after.reason = entry.reason;
        after.reasonCode = entry.reasonCode;
    }
}

TransitionPlan planTransition(const Referral &current, Status to, const QDateTime &at, const QString &actor,
                              const ActionRequest *request, const DeadlinePolicy &policy)
{
    TransitionPlan plan{current, {}, std::nullopt};
    Referral &after = plan.after;
    HistoryEntry &entry = plan.entry;
    entry.from = current.status;
    entry.to = to;
    entry.at = at;
    entry.actor = actor;
    entry.keepsBeforeState = request && canBeUndone(request->action);

    after.status = to;
    after.statusSince = at;
    after.deadline = policy.deadlineFor(to, at);
    if (isArchived(to))
        after.closedAt = at;
    if (to == Status::Negotiating)
        after.acceptedAt = at;
    // A claim says who is deciding; once decided, nobody needs to be left to it.
    if (!canBeClaimed(to)) {
        after.claimedBy.clear();
        after.claimedAt = QDateTime();
    }
    if (request)
        applyRequest(*request, after, entry);

    // A sample's customer is made up: there is no one to tell. An undoable decision's notice
    // waits out the undo window.
    if (customerMustChooseAnotherPartner(to) && !current.sample)
        plan.notice = CustomerNotice{at, entry.keepsBeforeState ? undoWindowEnd(entry) : at};
    return plan;
}

} // namespace

ArrivalPlan planArrival(Referral arriving, const QDateTime &now, const QString &actor, const DeadlinePolicy &policy)
{
    arriving.receivedAt = arriving.receivedAt.toUTC();
    if (!arriving.statusSince.isValid())
        arriving.statusSince = arriving.receivedAt;
    arriving.deadline = policy.deadlineFor(arriving.status, arriving.statusSince);
    arriving.respondBy = policy.respondByFor(arriving.receivedAt);
    if (isArchived(arriving.status) && !arriving.closedAt.isValid())
        arriving.closedAt = arriving.statusSince;
    if (arriving.status == Status::Negotiating && !arriving.acceptedAt.isValid())
        arriving.acceptedAt = arriving.statusSince;

    HistoryEntry imported;
    imported.to = arriving.status;
    imported.at = now;
    imported.actor = actor;
    return ArrivalPlan{arriving, imported};
}

std::optional<TransitionPlan> planDecision(const Referral &current, const Decision &decision, const ActionRequest &request,
                                           const QDateTime &now, const QString &actor, const DeadlinePolicy &policy)
{
    if (!decision.to)
        return std::nullopt;
    if (!decision.allowed())
        return planDeadlineArchive(current, *decision.to, policy);
    return planTransition(current, *decision.to, now, actor, &request, policy);
}

TransitionPlan planDeadlineArchive(const Referral &current, Status archivedAs, const DeadlinePolicy &policy)
{
    return planTransition(current, archivedAs, current.deadline, Actor::kSystem, nullptr, policy);
}

} // namespace rd
