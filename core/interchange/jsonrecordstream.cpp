#include "jsonrecordstream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <vector>

namespace rd {

namespace {

// RapidJSON's input stream over a QIODevice, read in chunks. It counts lines and columns for
// messages, stops a record that grows past the limit (an endless input ends there), and tells
// a zero byte (binary data, /dev/zero) from the end of the input, which RapidJSON cannot.
class DeviceStream
{
public:
    using Ch = char;

    DeviceStream(QIODevice &device, qint64 maxRecordBytes)
        : m_device(device)
        , m_maxRecordBytes(maxRecordBytes)
    {
    }

    Ch Peek()
    {
        if (!fill(1) || m_failed)
            return '\0';
        const char c = m_buffer.at(m_pos);
        if (c == '\0')
            m_zeroByte = true;
        return c;
    }

    Ch Take()
    {
        const char c = Peek();
        if (c == '\0')
            return c;
        if (++m_recordBytes > m_maxRecordBytes) {
            m_recordTooLarge = true;
            m_failed = true;
            return '\0';
        }
        if (m_inEscape)
            m_inEscape = false;
        else if (c == '\\')
            beginEscape();
        ++m_pos;
        ++m_offset;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // a character begins here, not a UTF-8 continuation byte
        }
        return c;
    }

    size_t Tell() const { return size_t(m_offset); }

    // Only in-situ parsing writes to its stream, and this reader never parses in situ.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

    void startRecord() { m_recordBytes = 0; }
    bool zeroByte() const { return m_zeroByte; }
    bool recordTooLarge() const { return m_recordTooLarge; }
    bool readFailed() const { return m_readFailed; }
    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }
    qint64 offset() const { return m_offset; }

private:
    // Makes at least `count` bytes available from m_pos, if the input has them.
    bool fill(qsizetype count)
    {
        while (m_buffer.size() - m_pos < count && !m_atEnd) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            const qsizetype kept = m_buffer.size();
            m_buffer.resize(kept + kChunk);
            const qint64 got = m_device.read(m_buffer.data() + kept, kChunk);
            m_buffer.resize(kept + qMax<qint64>(got, 0));
            if (got < 0)
                m_readFailed = true;
            if (got <= 0)
                m_atEnd = true;
        }
        return m_buffer.size() - m_pos >= count;
    }

    // RapidJSON stops the whole input on a \uD800 that no low surrogate follows, while it
    // passes a lone \uDC00 on as bytes that are not UTF-8. Turning the first into the second
    // keeps the fault inside its record, where the field is named and the rest is read on.
    void beginEscape()
    {
        m_inEscape = true;
        fill(kEscapeLength * 2 + 1);
        const auto hexAt = [this](qsizetype from, uint *value) {
            bool ok = false;
            *value = m_buffer.mid(from, 4).toUInt(&ok, 16);
            return ok && m_buffer.size() >= from + 4;
        };
        uint high = 0;
        if (m_buffer.size() < m_pos + kEscapeLength + 1 || m_buffer.at(m_pos + 1) != 'u'
            || !hexAt(m_pos + 2, &high) || high < 0xD800 || high > 0xDBFF)
            return;
        const qsizetype next = m_pos + kEscapeLength;
        uint low = 0;
        const bool paired = m_buffer.size() >= next + kEscapeLength && m_buffer.at(next) == '\\'
            && m_buffer.at(next + 1) == 'u' && hexAt(next + 2, &low) && low >= 0xDC00 && low <= 0xDFFF;
        if (!paired)
            m_buffer.replace(m_pos + 2, 4, "DC00");
    }

    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr int kEscapeLength = 6; // \uXXXX

    QIODevice &m_device;
    qint64 m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    qint64 m_recordBytes = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_inEscape = false;
    bool m_zeroByte = false;
    bool m_recordTooLarge = false;
    bool m_readFailed = false;
};

// Builds each record as a JsonNode from RapidJSON's events and hands it on. The top level is
// either an array of records, or an object: a list response when it has a "value" array, else
// a single record.
class RecordBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordBuilder>
{
public:
    RecordBuilder(DeviceStream &stream, int maxDepth, const JsonRecordStream::RecordHandler &onRecord)
        : m_stream(stream)
        , m_maxDepth(maxDepth)
        , m_onRecord(onRecord)
    {
    }

    enum class Failure { None, Stopped, TooDeep, NotRecords, ValueNotList };
    Failure failure() const { return m_failure; }

    bool Null() { return scalar(JsonNode::null()); }
    bool Bool(bool value) { return scalar(JsonNode::boolean(value)); }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(JsonNode::number(QString::fromLatin1(text, length)));
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        bool valid = true;
        QString decoded = decode(text, length, &valid);
        return scalar(JsonNode::string(std::move(decoded), valid));
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        bool valid = true;
        m_keys.back() = decode(text, length, &valid);
        if (m_nodes.size() == 1 && m_topIsObject && m_keys.back() == QLatin1String("value"))
            m_valueKeyPending = true;
        return true;
    }
    bool StartObject() { return open(JsonNode::object()); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonNode::array()); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    static QString decode(const char *text, rapidjson::SizeType length, bool *valid)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder(QByteArrayView(text, length));
        *valid = !decoder.hasError();
        return decoded;
    }

    // Records start here: items of the top-level array, or of the "value" array.
    bool atRecordPosition() const { return m_inRecordList && int(m_nodes.size()) == m_recordListDepth; }

    bool scalar(JsonNode node)
    {
        if (m_nodes.empty()) {
            m_failure = Failure::NotRecords;
            return false;
        }
        if (m_valueKeyPending) {
            m_failure = Failure::ValueNotList;
            return false;
        }
        if (atRecordPosition())
            return emitRecord(node);
        add(std::move(node));
        return true;
    }

    bool open(JsonNode node)
    {
        if (int(m_nodes.size()) >= m_maxDepth) {
            m_failure = Failure::TooDeep;
            return false;
        }
        if (m_nodes.empty()) {
            m_topIsObject = node.isObject();
            if (node.isArray()) {
                m_inRecordList = true;
                m_recordListDepth = 1;
            }
            m_stream.startRecord();
        } else if (m_valueKeyPending) {
            m_valueKeyPending = false;
            if (!node.isArray()) {
                m_failure = Failure::ValueNotList;
                return false;
            }
            m_inRecordList = true;
            m_recordListDepth = 2;
            m_sawValueList = true;
        } else if (atRecordPosition()) {
            m_stream.startRecord();
        }
        m_nodes.push_back(std::move(node));
        m_keys.emplace_back();
        return true;
    }

    bool close()
    {
        JsonNode node = std::move(m_nodes.back());
        m_nodes.pop_back();
        m_keys.pop_back();
        if (m_inRecordList && int(m_nodes.size()) + 1 == m_recordListDepth) {
            m_inRecordList = false; // the list of records itself ends
            return true;
        }
        if (m_nodes.empty()) {
            // The top-level object was the referral itself, unless it was a list response.
            return m_sawValueList ? true : emitRecord(node);
        }
        if (atRecordPosition())
            return emitRecord(node);
        add(std::move(node));
        return true;
    }

    void add(JsonNode node)
    {
        JsonNode &parent = m_nodes.back();
        if (parent.isObject())
            parent.insert(m_keys.back(), std::move(node));
        else
            parent.append(std::move(node));
    }

    bool emitRecord(const JsonNode &record)
    {
        m_stream.startRecord();
        if (!m_onRecord(m_index++, record)) {
            m_failure = Failure::Stopped;
            return false;
        }
        return true;
    }

    DeviceStream &m_stream;
    int m_maxDepth;
    const JsonRecordStream::RecordHandler &m_onRecord;
    std::vector<JsonNode> m_nodes;
    std::vector<QString> m_keys;
    Failure m_failure = Failure::None;
    int m_index = 0;
    int m_recordListDepth = 0;
    bool m_inRecordList = false;
    bool m_topIsObject = false;
    bool m_valueKeyPending = false;
    bool m_sawValueList = false;
};

QString syntaxError(rapidjson::ParseErrorCode code)
{
    using namespace rapidjson;
    switch (code) {
    case kParseErrorDocumentEmpty:
        return QCoreApplication::translate("JsonRecordStream", "the input is empty");
    case kParseErrorDocumentRootNotSingular:
        return QCoreApplication::translate("JsonRecordStream", "more follows after the end of the JSON value");
    case kParseErrorObjectMissName:
        return QCoreApplication::translate("JsonRecordStream", "a field name in quotes is missing");
    case kParseErrorObjectMissColon:
        return QCoreApplication::translate("JsonRecordStream", "a colon is missing after a field name");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return QCoreApplication::translate("JsonRecordStream", "a comma or } is missing");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return QCoreApplication::translate("JsonRecordStream", "a comma or ] is missing");
    case kParseErrorStringUnicodeEscapeInvalidHex:
    case kParseErrorStringEscapeInvalid:
        return QCoreApplication::translate("JsonRecordStream", "a backslash escape in a text is not valid");
    case kParseErrorStringMissQuotationMark:
        return QCoreApplication::translate("JsonRecordStream", "a text has no closing quotation mark");
    case kParseErrorNumberTooBig:
    case kParseErrorNumberMissFraction:
    case kParseErrorNumberMissExponent:
        return QCoreApplication::translate("JsonRecordStream", "a number is not written correctly");
    default:
        break;
    }
    return QCoreApplication::translate("JsonRecordStream", "a value is not valid JSON");
}

} // namespace

JsonRecordStream::JsonRecordStream(QIODevice &device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{
}

qint64 JsonRecordStream::bytesRead() const
{
    return m_position ? m_position() : m_bytesRead;
}

bool JsonRecordStream::read(const RecordHandler &onRecord)
{
    m_error.clear();
    m_stopped = false;
    DeviceStream stream(m_device, m_limits.maxRecordBytes);
    m_position = [&stream]() { return stream.offset(); };
    RecordBuilder builder(stream, m_limits.maxDepth, onRecord);
    rapidjson::Reader reader;
    // Encoding is checked per text by the builder, so that a bad text rejects its record only.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, builder);
    m_bytesRead = stream.offset();
    m_position = nullptr;
    if (result && !stream.zeroByte() && !stream.recordTooLarge() && !stream.readFailed())
        return true;
    const QString where = QCoreApplication::translate("JsonRecordStream", "line %1, column %2").arg(stream.line()).arg(stream.column());
    if (builder.failure() == RecordBuilder::Failure::Stopped) {
        m_stopped = true;
        return false;
    }
    if (stream.recordTooLarge()) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input has more than %1 MiB without a complete referral (at %2); a referral is never that large.")
                      .arg(m_limits.maxRecordBytes / (1024 * 1024))
                      .arg(where);
    } else if (stream.zeroByte()) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input holds a zero byte at %1: it is not JSON text.").arg(where);
    } else if (stream.readFailed()) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input could not be read to its end: %1.").arg(m_device.errorString());
    } else if (builder.failure() == RecordBuilder::Failure::TooDeep) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input nests lists and objects more than %1 deep at %2; a referral is not that deep.")
                      .arg(m_limits.maxDepth)
                      .arg(where);
    } else if (builder.failure() == RecordBuilder::Failure::NotRecords) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input holds no referral: expected an object, a list, or a {\"value\": [...]} response.");
    } else if (builder.failure() == RecordBuilder::Failure::ValueNotList) {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input's \"value\" field must be a list of referrals.");
    } else {
        m_error = QCoreApplication::translate("JsonRecordStream", "The input is not valid JSON: %1 at %2.").arg(syntaxError(result.Code()), where);
    }
    return false;
}

} // namespace rd
