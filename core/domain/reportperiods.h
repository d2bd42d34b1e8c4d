#pragma once

#include "report.h"

namespace rd {

// The dashboard's ready-made periods. Those that have not ended yet run up to today: the days
// still to come hold nothing to report.
enum class PeriodPreset { ThisMonth, LastMonth, ThisQuarter, Last90Days, ThisYear };

QList<PeriodPreset> periodPresets();
ReportPeriod presetPeriod(PeriodPreset preset, const QDate &today, const QTimeZone &zone);

} // namespace rd
