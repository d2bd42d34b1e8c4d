#include "report.h"

namespace rd {

QDateTime ReportPeriod::start() const
{
    return QDateTime(from, QTime(0, 0), zone).toUTC();
}

QDateTime ReportPeriod::end() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
}

ReportPeriod ReportPeriod::previous() const
{
    ReportPeriod before;
    before.zone = zone;
    before.to = from.addDays(-1);
    before.from = before.to.addDays(-(days() - 1));
    return before;
}

QList<Status> reportOutcomes()
{
    return {Status::Won, Status::Lost, Status::Skipped, Status::Missed, Status::Declined, Status::Expired};
}

QList<Status> reasonOutcomes()
{
    return {Status::Declined, Status::Skipped, Status::Lost};
}

QList<Status> pipelineStages()
{
    return {Status::New, Status::Evaluating, Status::Negotiating};
}

} // namespace rd
