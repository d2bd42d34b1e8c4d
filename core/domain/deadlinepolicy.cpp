#include "deadlinepolicy.h"

namespace rd {

QDateTime DeadlinePolicy::deadlineFor(Status status, const QDateTime &since) const
{
    switch (status) {
    case Status::New:
        return since.toUTC().addSecs(newWindowSeconds);
    case Status::Evaluating:
        return since.toUTC().addSecs(evaluatingWindowSeconds);
    default:
        return {};
    }
}

QDateTime DeadlinePolicy::respondByFor(const QDateTime &receivedAt) const
{
    return receivedAt.toUTC().addSecs(respondTargetSeconds);
}

std::optional<Status> statusAfterDeadline(Status status)
{
    switch (status) {
    case Status::New:
        return Status::Missed;
    case Status::Evaluating:
        return Status::Expired;
    default:
        return std::nullopt;
    }
}

} // namespace rd
