#include "similaritysummary.h"

#include "customersize.h"
#include "taxonomy.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

// Every band a size can fall in, and none: what a new referral without a size is compared with.
const QStringList &everyBand()
{
    static const QStringList bands = [] {
        QStringList all{QString()};
        for (const TaxonomyEntry &size : Taxonomy::entries(TaxonomyKind::CustomerSize)) {
            if (const QString band = CustomerSize::band(size.id); !all.contains(band))
                all.append(band);
        }
        return all;
    }();
    return bands;
}

// The band of a stored size, as the SQL definition reads it: only an exact taxonomy id has one.
QString storedBand(const QString &size)
{
    static const QHash<QString, QString> bands = [] {
        QHash<QString, QString> all;
        for (const TaxonomyEntry &entry : Taxonomy::entries(TaxonomyKind::CustomerSize))
            all.insert(entry.id, CustomerSize::band(entry.id));
        return all;
    }();
    return bands.value(size);
}

QStringList distinctSorted(QStringList items)
{
    items.sort();
    items.removeDuplicates();
    return items;
}

// Every subset of `items` (at most kMostItemsSummarised of them), the empty one first.
QList<QStringList> subsets(const QStringList &items)
{
    QList<QStringList> all;
    const int count = int(items.size());
    for (int mask = 0; mask < (1 << count); ++mask) {
        QStringList subset;
        for (int i = 0; i < count; ++i) {
            if (mask & (1 << i))
                subset.append(items.at(i));
        }
        all.append(subset);
    }
    return all;
}

// A short fixed-length name of one group: a hash of its parts, written unambiguously.
QString keyOf(const SimilarityGroup &group, const QString &band, const QStringList &industries, const QStringList &products)
{
    const QJsonArray parts{group.partnerId, group.sample, group.country, band, QJsonArray::fromStringList(industries),
                           QJsonArray::fromStringList(products)};
    const QByteArray hash = QCryptographicHash::hash(QJsonDocument(parts).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.left(15).toBase64());
}

// The subsets of a new referral's list that its sum runs over, each with its sign: every
// non-empty subset, odd ones added and even ones taken away; an empty list asks for nothing, so
// its one subset is the empty one.
QList<std::pair<QStringList, int>> signedSubsets(const QStringList &items)
{
    if (items.isEmpty())
        return {{QStringList(), 1}};
    QList<std::pair<QStringList, int>> all;
    for (const QStringList &subset : subsets(items)) {
        if (!subset.isEmpty())
            all.append({subset, subset.size() % 2 == 1 ? 1 : -1});
    }
    return all;
}

} // namespace

SimilarityGroup similarityGroupOf(const Referral &referral)
{
    SimilarityGroup group;
    group.partnerId = referral.partnerId;
    group.sample = referral.sample;
    group.country = referral.customer.address.country;
    group.band = storedBand(referral.customer.size);
    group.industries = referral.details.requirements.industries;
    group.products = referral.details.requirements.products;
    return group;
}

bool isWide(const SimilarityGroup &group)
{
    // By the items as stored, repeats included: the database's side counts them the same way.
    return group.industries.size() > kMostItemsSummarised || group.products.size() > kMostItemsSummarised;
}

QStringList outcomeKeys(const SimilarityGroup &group)
{
    if (isWide(group))
        return {};
    QStringList keys;
    const QList<QStringList> industrySets = subsets(distinctSorted(group.industries));
    const QList<QStringList> productSets = subsets(distinctSorted(group.products));
    for (const QStringList &industries : industrySets) {
        for (const QStringList &products : productSets)
            keys.append(keyOf(group, group.band, industries, products));
    }
    return keys;
}

QList<SimilarityTerm> fitTerms(const SimilarityGroup &group)
{
    if (isWide(group))
        return {};
    // A new referral without a band is compared with past referrals of every band.
    const QStringList bands = group.band.isEmpty() ? everyBand() : QStringList{group.band};
    const auto industrySets = signedSubsets(distinctSorted(group.industries));
    const auto productSets = signedSubsets(distinctSorted(group.products));
    QList<SimilarityTerm> terms;
    for (const QString &band : bands) {
        for (const auto &[industries, industrySign] : industrySets) {
            for (const auto &[products, productSign] : productSets)
                terms.append({keyOf(group, band, industries, products), industrySign * productSign});
        }
    }
    return terms;
}

bool countsAsTriaged(Status status)
{
    switch (status) {
    case Status::New:
    case Status::Evaluating:
        return false;
    default:
        return true;
    }
}

bool countsAsWon(Status status)
{
    return status == Status::Won;
}

} // namespace rd
