#pragma once

#include "reporttables.h"

#include <QDateTime>
#include <QString>

namespace rd {

// The dashboard as a PDF report a manager can mail: its title, the partner, the period and the
// one before it, the day it was made, and every chart with its table of numbers and its note,
// in the UI language (Korean text in a CJK font). Written whole or not at all, readable by its
// owner only. Returns the error in the reader's language, or empty when it was written.
QString writeReportPdf(const QString &path, const ReportContext &context, const QString &partner, const QDateTime &generated);

} // namespace rd
