#include "listtext.h"

#include <QRegularExpression>

namespace rd {

namespace ListText {

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[,\uFF0C]"));
    QStringList items;
    for (const QString &item : text.split(separator)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QString joinNames(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList splitWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;\uFF0C]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace ListText

} // namespace rd
