#include "customersize.h"

#include "taxonomy.h"

#include <QRegularExpression>
#include <algorithm>

namespace rd {

namespace {

// The older, coarse scale; the finer sizes are grouped into these bands.
const QStringList kBands = {QStringLiteral("1to50"), QStringLiteral("51to500"), QStringLiteral("Morethan500")};

// "More than N" ends nowhere; for overlaps it ends far beyond every real company.
constexpr qint64 kNoEnd = 10'000'000'000;

qint64 overlap(const CustomerSize::Employees &a, const CustomerSize::Employees &b)
{
    const qint64 low = std::max(a.low, b.low);
    const qint64 high = std::min(a.high ? qint64(*a.high) : kNoEnd, b.high ? qint64(*b.high) : kNoEnd);
    return std::max<qint64>(0, high - low + 1);
}

} // namespace

namespace CustomerSize {

std::optional<Employees> employees(const QString &size)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)to(\\d+)$"));
    static const QRegularExpression moreThan(QStringLiteral("^Morethan(\\d+)$"));
    const QString id = Taxonomy::canonicalId(TaxonomyKind::CustomerSize, size);
    if (!Taxonomy::find(TaxonomyKind::CustomerSize, id))
        return std::nullopt;
    if (const QRegularExpressionMatch match = range.match(id); match.hasMatch())
        return Employees{match.captured(1).toInt(), match.captured(2).toInt()};
    if (const QRegularExpressionMatch match = moreThan.match(id); match.hasMatch())
        return Employees{match.captured(1).toInt() + 1, std::nullopt};
    return std::nullopt;
}

QString band(const QString &size)
{
    const std::optional<Employees> range = employees(size);
    if (!range)
        return {};
    QString best;
    qint64 most = 0;
    for (const QString &candidate : kBands) {
        const qint64 shared = overlap(*range, *employees(candidate));
        if (shared > most) {
            most = shared;
            best = candidate;
        }
    }
    return best;
}

QStringList sizesInBand(const QString &wanted)
{
    QStringList sizes;
    if (wanted.isEmpty())
        return sizes;
    for (const TaxonomyEntry &entry : Taxonomy::entries(TaxonomyKind::CustomerSize)) {
        if (band(entry.id) == wanted)
            sizes.append(entry.id);
    }
    return sizes;
}

bool isOptedOut(const QString &size, const QStringList &excluded)
{
    const std::optional<Employees> range = employees(size);
    const QString id = Taxonomy::canonicalId(TaxonomyKind::CustomerSize, size);
    return std::any_of(excluded.begin(), excluded.end(), [&](const QString &out) {
        if (Taxonomy::canonicalId(TaxonomyKind::CustomerSize, out) == id)
            return true;
        const std::optional<Employees> outRange = employees(out);
        return range && outRange && outRange->low <= range->low
            && (!outRange->high || (range->high && *range->high <= *outRange->high));
    });
}

} // namespace CustomerSize

} // namespace rd
