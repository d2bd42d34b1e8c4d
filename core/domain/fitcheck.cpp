#include "fitcheck.h"

#include "customersize.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

bool anyHeld(const QStringList &asked, const QStringList &offered)
{
    return std::any_of(asked.begin(), asked.end(), [&](const QString &id) { return offered.contains(id.trimmed(), Qt::CaseInsensitive); });
}

bool hasExpertise(const Requirements &asked, const BusinessProfile &profile)
{
    return anyHeld(asked.industries, profile.industries) || anyHeld(asked.products, profile.products)
        || anyHeld(asked.services, profile.services) || anyHeld(asked.solutions, profile.solutions);
}

bool asksForAnything(const Requirements &asked)
{
    return !asked.industries.isEmpty() || !asked.products.isEmpty() || !asked.services.isEmpty() || !asked.solutions.isEmpty();
}

} // namespace

QList<FitWarning> profileConflicts(const Referral &referral, const BusinessProfile &profile, const QLocale &locale)
{
    QList<FitWarning> warnings;
    const QString &size = referral.customer.size;
    if (!size.isEmpty() && CustomerSize::isOptedOut(size, profile.excludedSizes)) {
        warnings.append({FitWarningKind::SizeOptedOut,
                         QCoreApplication::translate("FitCheck", "The business profile %1 opted out of customers of this size (%2).")
                             .arg(profile.region, Taxonomy::displayName(TaxonomyKind::CustomerSize, size, locale))});
    }
    const Requirements &asked = referral.details.requirements;
    if (asksForAnything(asked) && !hasExpertise(asked, profile)) {
        warnings.append({FitWarningKind::NoMatchingExpertise,
                         QCoreApplication::translate("FitCheck", "None of the industries, products, services or solutions asked for is among the expertise of the business profile %1.")
                             .arg(profile.region)});
    }
    const QString country = referral.customer.address.country.trimmed();
    const bool located = std::any_of(profile.locations.begin(), profile.locations.end(), [&](const ProfileLocation &location) {
        return location.country.compare(country, Qt::CaseInsensitive) == 0;
    });
    if (!country.isEmpty() && !located) {
        warnings.append({FitWarningKind::CountryOutsideLocations,
                         QCoreApplication::translate("FitCheck", "The customer's country (%1) is none of the locations of the business profile %2.").arg(country.toUpper(), profile.region)});
    }
    return warnings;
}

QList<FitWarning> estimateWarnings(const std::optional<Money> &value, const SimilarHistory &history, const QLocale &locale)
{
    QList<FitWarning> warnings;
    if (value) {
        const std::optional<WonValues> won = wonValuesIn(history, value->currency);
        if (won && won->deals >= kMinDealsToJudge && won->medianMinorUnits > 0) {
            const QString median = formatMoney(Money{won->medianMinorUnits, won->currency}, locale);
            // At least kMinDealsToJudge deals: the English needs no singular. Compared in integers: value < median / 3 exactly when 3 × value < median.
            if (value->minorUnits * kFarFactor < won->medianMinorUnits) {
                warnings.append({FitWarningKind::ValueFarBelow,
                                 QCoreApplication::translate("FitCheck", "The estimated deal value is under a third of the median of %1 similar won deals (%2).")
                                     .arg(won->deals)
                                     .arg(median)});
            } else if (value->minorUnits > won->medianMinorUnits * kFarFactor) {
                warnings.append({FitWarningKind::ValueFarAbove,
                                 QCoreApplication::translate("FitCheck", "The estimated deal value is over three times the median of %1 similar won deals (%2).")
                                     .arg(won->deals)
                                     .arg(median)});
            }
        }
    }
    if (history.wonWithClosingDate >= kMinDealsToJudge && history.wonAfterClosingDate * 2 > history.wonWithClosingDate) {
        warnings.append({FitWarningKind::ClosingDatesSlip,
                         QCoreApplication::translate("FitCheck", "Most similar won deals closed after their estimated closing date (%1 of %2): allow for that in this one.")
                             .arg(history.wonAfterClosingDate)
                             .arg(history.wonWithClosingDate)});
    }
    return warnings;
}

QList<FitWarning> fitWarnings(const Referral &referral, const std::optional<BusinessProfile> &profile,
                              const std::optional<Money> &value, const SimilarHistory &history, const QLocale &locale)
{
    QList<FitWarning> warnings = profile ? profileConflicts(referral, *profile, locale) : QList<FitWarning>();
    warnings += estimateWarnings(value, history, locale);
    return warnings;
}

} // namespace rd
