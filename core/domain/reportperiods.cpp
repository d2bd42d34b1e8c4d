#include "reportperiods.h"

namespace rd {

QList<PeriodPreset> periodPresets()
{
    return {PeriodPreset::ThisMonth, PeriodPreset::LastMonth, PeriodPreset::ThisQuarter, PeriodPreset::Last90Days, PeriodPreset::ThisYear};
}

ReportPeriod presetPeriod(PeriodPreset preset, const QDate &today, const QTimeZone &zone)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return ReportPeriod{monthStart, today, zone};
    case PeriodPreset::LastMonth:
        return ReportPeriod{monthStart.addMonths(-1), monthStart.addDays(-1), zone};
    case PeriodPreset::ThisQuarter:
        return ReportPeriod{QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today, zone};
    case PeriodPreset::Last90Days:
        return ReportPeriod{today.addDays(-89), today, zone};
    case PeriodPreset::ThisYear:
        return ReportPeriod{QDate(today.year(), 1, 1), today, zone};
    }
    return ReportPeriod{monthStart, today, zone};
}

} // namespace rd
