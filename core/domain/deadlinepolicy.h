#pragma once

#include <QDateTime>
#include <optional>

#include "status.h"

namespace rd {

// How long a referral may wait in each open status. The defaults are the Partner Center
// guide's: 72 hours to answer a new referral, 7 days to accept or decline while evaluating,
// and a recommended answer within 24 hours.
struct DeadlinePolicy
{
    qint64 newWindowSeconds = 72 * 3600;
    qint64 evaluatingWindowSeconds = 7 * 24 * 3600;
    qint64 respondTargetSeconds = 24 * 3600;

    // The deadline of a referral that entered `status` at `since`; invalid when none.
    QDateTime deadlineFor(Status status, const QDateTime &since) const;
    QDateTime respondByFor(const QDateTime &receivedAt) const;
};

// The archived status a referral falls into when its deadline passes, if it has one.
std::optional<Status> statusAfterDeadline(Status status);

} // namespace rd
