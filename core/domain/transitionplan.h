#pragma once

#include "deadlinepolicy.h"
#include "lifecycle.h"
#include "referral.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

// A notice telling the customer to choose another partner, not to be sent before notBefore.
struct CustomerNotice
{
    QDateTime createdAt;
    QDateTime notBefore;
};

// Everything a change of status writes. The rules decide it here; storage only writes it, and
// keeps the referral as it was before when entry.keepsBeforeState says an undo may need it.
struct TransitionPlan
{
    Referral after;                       // the referral as it is to be stored
    HistoryEntry entry;                   // its history row
    std::optional<CustomerNotice> notice; // when the customer must be told
};

// What storing a newly arrived referral writes: its deadline and target, computed from
// statusSince (receivedAt when that is not set), and the history row of its arrival.
struct ArrivalPlan
{
    Referral referral;
    HistoryEntry entry;
};

ArrivalPlan planArrival(Referral arriving, const QDateTime &now, const QString &actor, const DeadlinePolicy &policy);

// What `decision`, decide()'s answer to `request`, writes: the rep's action as of `now`, or for
// a missed deadline the archiving as of the deadline, by the system, whoever asked. Nothing
// when the decision stores nothing.
std::optional<TransitionPlan> planDecision(const Referral &current, const Decision &decision, const ActionRequest &request,
                                           const QDateTime &now, const QString &actor, const DeadlinePolicy &policy);

// A passed deadline archives the referral as `archivedAs` as of the deadline itself, not of
// the sweep that noticed it: the app may have been closed then.
TransitionPlan planDeadlineArchive(const Referral &current, Status archivedAs, const DeadlinePolicy &policy);

} // namespace rd
