#pragma once

#include "reporttables.h"

class QChart;

namespace rd {

// The dashboard's charts, made from the same report and context as its tables, titled in the
// UI language. The caller owns each chart (a view or a scene takes it).
namespace ReportCharts {

// The chart that goes with `tableId` (ReportTable::id).
QChart *make(const QString &tableId, const ReportContext &context);

} // namespace ReportCharts

} // namespace rd
