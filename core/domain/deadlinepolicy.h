#pragma once

#include "referral.h"
#include "status.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

// How near a deadline is: the list marks it from the first warning on, and the desktop
// announces the first and the last warning.
enum class DeadlineProximity { Distant, WithinFirstWarning, WithinLastWarning, Passed };

// The recommended answer of a new referral: still due or passed while it waits, met or missed
// once the rep answered; None when the referral has no target.
enum class TargetState { None, Due, Passed, Met, Missed };

// The deadline rules. The windows are the Partner Center guide's defaults: 72 hours to answer
// a new referral, 7 days to accept or decline while evaluating, and a recommended answer
// within 24 hours. Reps are warned four hours and one hour before a deadline.
struct DeadlinePolicy
{
    qint64 newWindowSeconds = 72 * 3600;
    qint64 evaluatingWindowSeconds = 7 * 24 * 3600;
    qint64 respondTargetSeconds = 24 * 3600;
    qint64 firstWarningSeconds = 4 * 3600;
    qint64 lastWarningSeconds = 1 * 3600;

    // The deadline of a referral that entered `status` at `since`; invalid when none.
    QDateTime deadlineFor(Status status, const QDateTime &since) const;
    QDateTime respondByFor(const QDateTime &receivedAt) const;
    // A warning covers its whole window: exactly four hours before is within the first.
    DeadlineProximity proximity(const QDateTime &deadline, const QDateTime &now) const;
    // The target's name, which quotes its window: "24-hour target".
    QString targetTitle() const;
};

// Exactly at the deadline is already late (the guide's rule): an action or a sweep at that
// instant finds it passed. An invalid deadline, of a status that has none, never passes.
bool deadlinePassed(const QDateTime &deadline, const QDateTime &at);

// The archived status a referral falls into when its deadline passes, if it has one.
std::optional<Status> statusAfterDeadline(Status status);
// The status `referral` is archived as because its deadline has passed at `now`; nothing while
// it still has time or has no deadline.
std::optional<Status> archivedByDeadline(const Referral &referral, const QDateTime &now);

// The first answer is what counts: once a referral left New, it answered when it did.
TargetState respondTargetState(const Referral &referral, const QDateTime &now);

// A window as sentences quote it: "7 days", "36 hours", "90 minutes".
QString windowText(qint64 seconds);

} // namespace rd
