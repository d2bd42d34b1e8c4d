#pragma once

#include "report.h"

namespace rd {

class CsvWriter;

// The report as one table (`report --format csv`): a row per number, in the columns
// period, section, item, detail, currency, count, value. "period" is current or previous;
// the sections and items are the keys of the JSON report.
bool writeReportCsv(const Report &report, CsvWriter &csv);

} // namespace rd
