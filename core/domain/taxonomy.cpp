#include "taxonomy.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

// Case, spaces and punctuation differ between payloads; letters and digits do not.
QString matchKey(const QString &spelling)
{
    QString key;
    for (const QChar c : spelling) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

struct Table
{
    QList<TaxonomyEntry> entries;
    QHash<QString, int> byKey;
};

QString section(TaxonomyKind kind)
{
    switch (kind) {
    case TaxonomyKind::Industry:
        return QStringLiteral("industries");
    case TaxonomyKind::Product:
        return QStringLiteral("products");
    case TaxonomyKind::Service:
        return QStringLiteral("services");
    case TaxonomyKind::CustomerSize:
        return QStringLiteral("sizes");
    case TaxonomyKind::Solution:
        break; // solutions are the partners' own names, not a fixed list
    }
    return {};
}

QHash<TaxonomyKind, Table> loadTables()
{
    QFile file(QStringLiteral(":/referral-desk/taxonomies.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "Taxonomy", "the taxonomies resource is built into core");
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QHash<TaxonomyKind, Table> tables;
    for (TaxonomyKind kind : {TaxonomyKind::Industry, TaxonomyKind::Product, TaxonomyKind::Service,
                              TaxonomyKind::Solution, TaxonomyKind::CustomerSize}) {
        Table &table = tables[kind];
        for (const QJsonValue &value : json.value(section(kind)).toArray()) {
            const QJsonObject entry = value.toObject();
            const int index = int(table.entries.size());
            table.entries.append(TaxonomyEntry{entry.value(QStringLiteral("id")).toString(),
                                               entry.value(QStringLiteral("en")).toString(),
                                               entry.value(QStringLiteral("ko")).toString()});
            table.byKey.insert(matchKey(table.entries.last().id), index);
            for (const QJsonValue &alias : entry.value(QStringLiteral("aliases")).toArray())
                table.byKey.insert(matchKey(alias.toString()), index);
        }
    }
    return tables;
}

const Table &table(TaxonomyKind kind)
{
    static const QHash<TaxonomyKind, Table> tables = loadTables();
    return tables.find(kind).value();
}

} // namespace

namespace Taxonomy {

const QList<TaxonomyEntry> &entries(TaxonomyKind kind)
{
    return table(kind).entries;
}

std::optional<TaxonomyEntry> find(TaxonomyKind kind, const QString &spelling)
{
    const Table &t = table(kind);
    const auto it = t.byKey.constFind(matchKey(spelling));
    if (it == t.byKey.constEnd() || matchKey(spelling).isEmpty())
        return std::nullopt;
    return t.entries.at(*it);
}

QString canonicalId(TaxonomyKind kind, const QString &spelling)
{
    const std::optional<TaxonomyEntry> entry = find(kind, spelling);
    return entry ? entry->id : spelling;
}

QStringList canonicalIds(TaxonomyKind kind, const QStringList &spellings)
{
    QStringList ids;
    for (const QString &spelling : spellings) {
        const QString id = canonicalId(kind, spelling);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString displayName(TaxonomyKind kind, const QString &id, const QLocale &locale)
{
    const std::optional<TaxonomyEntry> entry = find(kind, id);
    if (!entry)
        return id;
    return locale.language() == QLocale::Korean ? entry->korean : entry->english;
}

QStringList displayNames(TaxonomyKind kind, const QStringList &ids, const QLocale &locale)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(displayName(kind, id, locale));
    return names;
}

} // namespace Taxonomy

} // namespace rd
