#include "jsonrecords.h"

#include "jsonrecordstream.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

namespace rd {

JsonNode jsonRecord(const QByteArray &json)
{
    QByteArray copy = json;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    JsonRecordStream stream(buffer);
    JsonNode record;
    int count = 0;
    const bool read = stream.read([&](int, const JsonNode &node) {
        record = node;
        ++count;
        return true;
    });
    if (!read || count != 1)
        qWarning("jsonRecord: expected one record: %s", qPrintable(stream.error()));
    return record;
}

JsonNode jsonRecord(const QJsonObject &object)
{
    return jsonRecord(QJsonDocument(object).toJson());
}

} // namespace rd
