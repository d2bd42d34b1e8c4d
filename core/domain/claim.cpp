#include "claim.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

namespace {

// Who claims it once the request is done: empty when it is let go.
QString claimantAfter(const ClaimRequest &request, const QString &actor)
{
    switch (request.change) {
    case ClaimRequest::Change::Claim:
        return actor;
    case ClaimRequest::Change::Release:
        return {};
    case ClaimRequest::Change::Reassign:
        return request.to.trimmed();
    }
    return {};
}

} // namespace

bool canBeClaimed(Status status)
{
    return status == Status::New || status == Status::Evaluating;
}

QString claimDescription(const Referral &referral, const QDateTime &now)
{
    if (referral.claimedBy.isEmpty())
        return {};
    const QDateTime since = referral.claimedAt.toLocalTime();
    const QLocale locale;
    const QString when = since.date() == now.toLocalTime().date() ? locale.toString(since.time(), QLocale::ShortFormat)
                                                                 : locale.toString(since, QLocale::ShortFormat);
    return QCoreApplication::translate("Claim", "%1 has been handling this since %2").arg(referral.claimedBy, when);
}

ClaimDecision decideClaim(const Referral &current, const ClaimRequest &request, const QString &actor, bool mayReassign,
                          const QDateTime &now)
{
    if (!canBeClaimed(current.status))
        return {Refusal::NotAllowed, QCoreApplication::translate("Claim", "Claims are for new and evaluating referrals; this one is %1.").arg(statusTitle(current.status))};
    if (current.deadline.isValid() && current.deadline <= now)
        return {Refusal::DeadlinePassed, QCoreApplication::translate("Claim", "Its deadline has passed: there is nothing left to handle.")};
    const bool someoneElses = !current.claimedBy.isEmpty() && current.claimedBy != actor;
    switch (request.change) {
    case ClaimRequest::Change::Claim:
        if (someoneElses && !mayReassign)
            return {Refusal::Conflict, QCoreApplication::translate("Claim", "%1. Ask them, or a manager, to hand it over.").arg(claimDescription(current, now))};
        break;
    case ClaimRequest::Change::Release:
        if (someoneElses && !mayReassign)
            return {Refusal::NotAllowed, QCoreApplication::translate("Claim", "%1. Only they or a manager can let go of it.").arg(claimDescription(current, now))};
        break;
    case ClaimRequest::Change::Reassign: {
        if (!mayReassign)
            return {Refusal::NotAllowed, QCoreApplication::translate("Claim", "Only a manager can hand a referral to someone else.")};
        const QString to = request.to.trimmed();
        if (to.isEmpty())
            return {Refusal::InvalidValue, QCoreApplication::translate("Claim", "Name the colleague who is to handle it.")};
        if (to.size() > kMaxClaimantLength)
            return {Refusal::InvalidValue, QCoreApplication::translate("Claim", "A colleague's name is at most %1 characters long.").arg(kMaxClaimantLength)};
        break;
    }
    }
    return {};
}

std::optional<ClaimPlan> planClaim(const Referral &current, const ClaimRequest &request, const QDateTime &now,
                                   const QString &actor)
{
    const QString claimant = claimantAfter(request, actor);
    if (claimant == current.claimedBy)
        return std::nullopt;
    ClaimPlan plan{current, {}};
    plan.after.claimedBy = claimant;
    plan.after.claimedAt = claimant.isEmpty() ? QDateTime() : now;
    plan.entry.event = HistoryEvent::Claim;
    plan.entry.from = current.status;
    plan.entry.to = current.status;
    plan.entry.at = now;
    plan.entry.actor = actor;
    plan.entry.notes = claimant;
    return plan;
}

} // namespace rd
