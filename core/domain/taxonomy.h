#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// The Partner Center taxonomies in one table (data/taxonomies.json): each id with its English
// and Korean name. Payloads spell ids in more than one way ("FinancialServices", "Financial
// Services"); every spelling of a known id becomes that id, an unknown id stays as given.
enum class TaxonomyKind { Industry, Product, Service, Solution, CustomerSize };

struct TaxonomyEntry
{
    QString id;
    QString english;
    QString korean;
};

namespace Taxonomy {

const QList<TaxonomyEntry> &entries(TaxonomyKind kind);
std::optional<TaxonomyEntry> find(TaxonomyKind kind, const QString &spelling);
// The id as the table spells it, or `spelling` itself when it is not a known id.
QString canonicalId(TaxonomyKind kind, const QString &spelling);
QStringList canonicalIds(TaxonomyKind kind, const QStringList &spellings);
// The name in the reader's language; an unknown id shows as given.
QString displayName(TaxonomyKind kind, const QString &id, const QLocale &locale = QLocale());
QStringList displayNames(TaxonomyKind kind, const QStringList &ids, const QLocale &locale = QLocale());

} // namespace Taxonomy

} // namespace rd

Q_DECLARE_METATYPE(rd::TaxonomyKind)
