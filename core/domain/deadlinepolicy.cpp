#include "deadlinepolicy.h"

#include <QCoreApplication>

namespace rd {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

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

DeadlineProximity DeadlinePolicy::proximity(const QDateTime &deadline, const QDateTime &now) const
{
    if (!deadline.isValid())
        return DeadlineProximity::Distant;
    if (deadlinePassed(deadline, now))
        return DeadlineProximity::Passed;
    const qint64 left = now.msecsTo(deadline);
    if (left <= lastWarningSeconds * 1000)
        return DeadlineProximity::WithinLastWarning;
    if (left <= firstWarningSeconds * 1000)
        return DeadlineProximity::WithinFirstWarning;
    return DeadlineProximity::Distant;
}

QString DeadlinePolicy::targetTitle() const
{
    // Plain ints for %n: lupdate 6.4 hangs on an expression in that argument.
    const int hours = static_cast<int>(respondTargetSeconds / kHour);
    if (respondTargetSeconds % kHour == 0)
        return QCoreApplication::translate("DeadlinePolicy", "%n-hour target", nullptr, hours);
    const int minutes = static_cast<int>(respondTargetSeconds / kMinute);
    return QCoreApplication::translate("DeadlinePolicy", "%n-minute target", nullptr, minutes);
}

bool deadlinePassed(const QDateTime &deadline, const QDateTime &at)
{
    return deadline.isValid() && at >= deadline;
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

std::optional<Status> archivedByDeadline(const Referral &referral, const QDateTime &now)
{
    const std::optional<Status> archivedAs = statusAfterDeadline(referral.status);
    if (!archivedAs || !deadlinePassed(referral.deadline, now))
        return std::nullopt;
    return archivedAs;
}

TargetState respondTargetState(const Referral &referral, const QDateTime &now)
{
    if (!referral.respondBy.isValid())
        return TargetState::None;
    if (referral.status != Status::New)
        return deadlinePassed(referral.respondBy, referral.statusSince) ? TargetState::Missed : TargetState::Met;
    return deadlinePassed(referral.respondBy, now) ? TargetState::Passed : TargetState::Due;
}

QString windowText(qint64 seconds)
{
    // Plain ints for %n: lupdate 6.4 hangs on an expression in that argument.
    const int days = static_cast<int>(seconds / kDay);
    const int hours = static_cast<int>(seconds / kHour);
    const int minutes = static_cast<int>(seconds / kMinute);
    if (seconds % kDay == 0)
        return QCoreApplication::translate("DeadlinePolicy", "%n day(s)", nullptr, days);
    if (seconds % kHour == 0)
        return QCoreApplication::translate("DeadlinePolicy", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("DeadlinePolicy", "%n minute(s)", nullptr, minutes);
}

} // namespace rd
