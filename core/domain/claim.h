#pragma once

#include "lifecycle.h"
#include "referral.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

// A rep says "I am handling this one" so that colleagues sharing a team database leave it to
// them: a claim on a new or evaluating referral, shown to everyone, warned about before anyone
// else acts on it, and lasting until the referral leaves those tabs. The claimant lets go of it;
// a manager moves it to someone else.
struct ClaimRequest
{
    enum class Change { Claim, Release, Reassign };
    Change change = Change::Claim;
    QString to; // Reassign: who handles it from now on
};

inline constexpr int kMaxClaimantLength = 63; // PostgreSQL's longest role name

// Whether a referral can be claimed at all: only while it is new or evaluating.
bool canBeClaimed(Status status);

// "kim is handling this since 10:02" in local time (with the date when it is not `now`'s
// day); empty when nobody has claimed it.
QString claimDescription(const Referral &referral, const QDateTime &now);

struct ClaimDecision
{
    Refusal refusal = Refusal::None;
    QString message; // translated; empty when allowed

    bool allowed() const { return refusal == Refusal::None; }
};

// `mayReassign`: the actor is a manager (or the only user of a personal database), who may
// claim for anyone and take a claim from anyone.
ClaimDecision decideClaim(const Referral &current, const ClaimRequest &request, const QString &actor, bool mayReassign,
                          const QDateTime &now);

struct ClaimPlan
{
    Referral after;
    HistoryEntry entry;
};

// What an allowed claim writes: the claimant and since when, and a history row saying who did
// it (notes: the new claimant; empty when let go). Nothing when the claim is already so.
std::optional<ClaimPlan> planClaim(const Referral &current, const ClaimRequest &request, const QDateTime &now,
                                   const QString &actor);

} // namespace rd
