#include "jsonnode.h"

namespace rd {

JsonNode JsonNode::boolean(bool value)
{
    JsonNode node(Kind::Bool);
    node.m_bool = value;
    return node;
}

JsonNode JsonNode::number(QString asWritten)
{
    JsonNode node(Kind::Number);
    node.m_text = std::move(asWritten);
    return node;
}

JsonNode JsonNode::string(QString text, bool validUnicode)
{
    JsonNode node(Kind::String);
    node.m_text = std::move(text);
    node.m_validUnicode = validUnicode;
    return node;
}

const JsonNode &JsonNode::value(const QString &key) const
{
    static const JsonNode absent;
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? absent : m_items.at(index);
}

void JsonNode::insert(QString key, JsonNode item)
{
    m_keys.append(std::move(key));
    m_items.append(std::move(item));
}

} // namespace rd
