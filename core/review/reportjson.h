#pragma once

#include "report.h"

#include <QJsonObject>

namespace rd {

// The command line's report (`report --format json`): the period's numbers and, under
// "previous", the same keys for the period before. Money is a decimal string per currency;
// shares are numbers in [0, 1]; a median of nothing is null.
QJsonObject reportToJson(const Report &report);

} // namespace rd
