#pragma once

#include <QStringList>

class QIODevice;

namespace rd {

// RFC 4180 CSV: fields with a comma, a quote or a line break are quoted (quotes doubled),
// records end with CRLF, and the file starts with a UTF-8 byte-order mark so that spreadsheet
// programs read Korean as Korean. Writes straight to the device: no row is kept.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    bool writeRecord(const QStringList &fields);
    bool ok() const { return m_ok; }

    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
    bool m_ok = true;
};

// Reads one RFC 4180 document back (a leading byte-order mark is skipped): for tests and for
// whoever checks an export.
QList<QStringList> parseCsv(const QByteArray &document);

} // namespace rd
