#pragma once

#include "exportcolumns.h"

#include <QString>
#include <memory>

namespace rd {

// One worksheet written through libxlsxwriter, a row at a time in its constant-memory mode:
// money as numbers in the currency's decimals, instants as date-times in the reader's time
// zone (a workbook has no zones), dates as dates.
class XlsxSheet
{
public:
    XlsxSheet();
    ~XlsxSheet();

    // Starts the workbook at `path` (created or emptied); false with error() when it can't.
    bool open(const QString &path, const QString &sheetName);
    bool writeHeader(const QStringList &names);
    bool writeRow(const QList<ExportCell> &cells);
    // Writes the file; false with error() when it could not be written.
    bool close();
    QString error() const { return m_error; }

private:
    struct Workbook;
    std::unique_ptr<Workbook> m_workbook;
    int m_row = 0;
    QString m_error;
};

} // namespace rd
