#include "similarreferrals.h"

#include "customersize.h"
#include "taxonomy.h"

#include <QCoreApplication>

namespace rd {

SimilarityCriteria similarityCriteria(const Referral &referral)
{
    SimilarityCriteria criteria;
    criteria.country = referral.customer.address.country.trimmed().toUpper();
    criteria.sizeBand = CustomerSize::band(referral.customer.size);
    criteria.industries = referral.details.requirements.industries;
    criteria.products = referral.details.requirements.products;
    return criteria;
}

std::optional<double> SimilarHistory::acceptRate() const
{
    if (similar <= 0)
        return std::nullopt;
    return double(accepted) / double(similar);
}

std::optional<double> SimilarHistory::winRate() const
{
    if (won + lost <= 0)
        return std::nullopt;
    return double(won) / double(won + lost);
}

double fitScore(const SimilarHistory &history)
{
    return (history.won + 1.0) / (history.similar + 2.0);
}

std::optional<WonValues> wonValuesIn(const SimilarHistory &history, const QString &currency)
{
    for (const WonValues &values : history.wonValues) {
        if (values.currency == currency)
            return values;
    }
    return std::nullopt;
}

std::optional<WonValues> quotedWonValues(const SimilarHistory &history, const Referral &referral)
{
    const QString own = referral.estimate ? referral.estimate->value.currency
        : referral.details.valueHint      ? referral.details.valueHint->currency
                                          : QString();
    if (!own.isEmpty())
        return wonValuesIn(history, own);
    if (history.wonValues.isEmpty())
        return std::nullopt;
    return history.wonValues.constFirst();
}

QString criteriaText(const SimilarityCriteria &criteria, const QLocale &locale)
{
    QStringList parts;
    if (!criteria.sizeBand.isEmpty())
        parts.append(Taxonomy::displayName(TaxonomyKind::CustomerSize, criteria.sizeBand, locale));
    parts += Taxonomy::displayNames(TaxonomyKind::Industry, criteria.industries, locale);
    parts += Taxonomy::displayNames(TaxonomyKind::Product, criteria.products, locale);
    if (!criteria.country.isEmpty())
        parts.append(criteria.country);
    return parts.join(QStringLiteral(", "));
}

QString explainSimilar(const Referral &referral, const SimilarHistory &history, const QLocale &locale)
{
    const QString criteria = criteriaText(similarityCriteria(referral), locale);
    if (history.similar == 0)
        return QCoreApplication::translate("SimilarReferrals", "No similar past referrals (%1) yet: the fit is neutral.").arg(criteria);
    // Worded so that no plural form is needed, whatever the count.
    QString sentence = QCoreApplication::translate("SimilarReferrals", "Similar past referrals (%1): %2; you accepted %3 and won %4")
                           .arg(criteria)
                           .arg(history.similar)
                           .arg(history.accepted)
                           .arg(history.won);
    if (const std::optional<WonValues> values = quotedWonValues(history, referral)) {
        sentence += QCoreApplication::translate("SimilarReferrals", "; median won value %1.")
                        .arg(formatMoney(Money{values->medianMinorUnits, values->currency}, locale));
    } else {
        sentence += QLatin1Char('.');
    }
    return sentence;
}

} // namespace rd
