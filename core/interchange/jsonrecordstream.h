#pragma once

#include "jsonnode.h"

#include <QString>
#include <functional>

class QIODevice;

namespace rd {

// Reads Partner Center referral JSON from a device one record at a time: a single referral
// object, an array of them, or a list response {"value": [...]}. Memory stays that of one
// record however long the input is, and numbers arrive as written.
class JsonRecordStream
{
public:
    struct Limits
    {
        qint64 maxRecordBytes = 1024 * 1024; // a referral is a few kilobytes
        int maxDepth = 32;                   // a referral nests about five deep
    };

    // Returns false to stop reading (a storage failure, a cancel).
    using RecordHandler = std::function<bool(int index, const JsonNode &record)>;

    explicit JsonRecordStream(QIODevice &device, Limits limits);
    explicit JsonRecordStream(QIODevice &device)
        : JsonRecordStream(device, Limits())
    {
    }

    // Hands every record to `onRecord`; true when the whole input was read. Records handed
    // over before a failure stay handed over.
    bool read(const RecordHandler &onRecord);
    // Why reading failed, for people (translated); empty when it did not or was stopped.
    QString error() const { return m_error; }
    bool stopped() const { return m_stopped; }
    // Bytes of the input read so far (also while a record is being handed over).
    qint64 bytesRead() const;

private:
    QIODevice &m_device;
    Limits m_limits;
    QString m_error;
    bool m_stopped = false;
    qint64 m_bytesRead = 0;
    std::function<qint64()> m_position; // set while reading
};

} // namespace rd
