#include "csvwriter.h"

#include <QIODevice>

namespace rd {

namespace {

const QByteArray kByteOrderMark("\xEF\xBB\xBF");

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_ok = m_device.write(kByteOrderMark) == kByteOrderMark.size();
}

QString CsvWriter::quoted(const QString &field)
{
    static const QString needQuotes = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : field) {
        if (needQuotes.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_ok)
        return false;
    QStringList line;
    line.reserve(fields.size());
    for (const QString &field : fields)
        line.append(quoted(field));
    const QByteArray bytes = (line.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
    m_ok = m_device.write(bytes) == bytes.size();
    return m_ok;
}

QList<QStringList> parseCsv(const QByteArray &document)
{
    const QString text = QString::fromUtf8(document.startsWith(kByteOrderMark) ? document.mid(kByteOrderMark.size()) : document);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace rd
