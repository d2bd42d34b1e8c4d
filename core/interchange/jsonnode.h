#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace rd {

// One JSON value of an imported record, as the streaming reader saw it. Unlike QJsonValue it
// keeps numbers as written ("99999.999", not a rounded double), so that money stays exact, and
// it remembers text that was not valid Unicode instead of replacing it.
class JsonNode
{
public:
    enum class Kind { Absent, Null, Bool, Number, String, Array, Object };

    static JsonNode null() { return JsonNode(Kind::Null); }
    static JsonNode boolean(bool value);
    static JsonNode number(QString asWritten);
    static JsonNode string(QString text, bool validUnicode);
    static JsonNode array() { return JsonNode(Kind::Array); }
    static JsonNode object() { return JsonNode(Kind::Object); }

    JsonNode() = default;

    Kind kind() const { return m_kind; }
    bool isAbsent() const { return m_kind == Kind::Absent; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    // Absent from its object, or null: both mean "not given".
    bool isMissing() const { return m_kind == Kind::Absent || m_kind == Kind::Null; }

    // The text of a string, or a number as written.
    const QString &text() const { return m_text; }
    bool boolValue() const { return m_bool; }
    // False when a string held an unpaired UTF-16 surrogate or bytes that are not UTF-8.
    bool isValidUnicode() const { return m_validUnicode; }

    // Arrays: the items; objects: the values, beside their keys.
    const QList<JsonNode> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    const JsonNode &at(int index) const { return m_items.at(index); }
    // The member of an object with this key (the first, if the key repeats), or an absent node.
    const JsonNode &value(const QString &key) const;

    void append(JsonNode item) { m_items.append(std::move(item)); }
    void insert(QString key, JsonNode item);

private:
    explicit JsonNode(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind = Kind::Absent;
    QString m_text;
    bool m_bool = false;
    bool m_validUnicode = true;
    QList<QString> m_keys;
    QList<JsonNode> m_items;
};

} // namespace rd
