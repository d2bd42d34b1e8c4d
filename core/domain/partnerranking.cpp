#include "partnerranking.h"

#include <algorithm>

namespace rd {

namespace {

// The share of `asked` that `offered` holds (ids compared as stored: both are canonical).
double covered(const QStringList &asked, const QStringList &offered)
{
    const auto held = std::count_if(asked.begin(), asked.end(), [&](const QString &id) { return offered.contains(id, Qt::CaseInsensitive); });
    return double(held) / double(asked.size());
}

double keywordsCovered(const QStringList &asked, const BusinessProfile &profile)
{
    const auto held = std::count_if(asked.begin(), asked.end(), [&](const QString &word) {
        const QString needle = word.trimmed();
        return profile.description.contains(needle, Qt::CaseInsensitive)
            || std::any_of(profile.keywords.begin(), profile.keywords.end(),
                           [&](const QString &keyword) { return keyword.contains(needle, Qt::CaseInsensitive); });
    });
    return double(held) / double(asked.size());
}

double fitOf(const BusinessProfile &profile, const PartnerSearch &search)
{
    double sum = 0;
    int lists = 0;
    const auto add = [&](const QStringList &asked, const QStringList &offered) {
        if (asked.isEmpty())
            return;
        sum += covered(asked, offered);
        ++lists;
    };
    add(search.industries, profile.industries);
    add(search.products, profile.products);
    add(search.services, profile.services);
    add(search.solutions, profile.solutions);
    if (!search.keywords.isEmpty()) {
        sum += keywordsCovered(search.keywords, profile);
        ++lists;
    }
    return lists == 0 ? 1.0 : sum / lists;
}

double responsivenessOf(const PartnerRecord &record)
{
    if (record.received <= 0)
        return kNeutral;
    const double missedShare = std::clamp(double(record.missedOrExpired) / double(record.received), 0.0, 1.0);
    // Nothing answered yet, but something received: as slow as can be.
    const double hours = record.medianFirstAnswerMs ? double(std::max<qint64>(0, *record.medianFirstAnswerMs)) / 3.6e6 : -1;
    const double speed = hours < 0 ? 0.0 : 1.0 / (1.0 + hours / 24.0);
    return speed * (1.0 - missedShare);
}

double choosinessOf(const PartnerRecord &record)
{
    const int accepted = std::max(0, record.acceptedSimilar);
    const int declined = std::max(0, record.declinedSimilar);
    return double(accepted + 1) / double(accepted + declined + 2);
}

} // namespace

bool isCandidate(const BusinessProfile &profile, const PartnerSearch &search)
{
    if (!profile.active)
        return false;
    if (!search.size.isEmpty() && profile.excludedSizes.contains(search.size, Qt::CaseInsensitive))
        return false;
    return std::any_of(profile.locations.begin(), profile.locations.end(), [&](const ProfileLocation &location) {
        return location.country.compare(search.country, Qt::CaseInsensitive) == 0;
    });
}

PartnerMatch rankPartner(const BusinessProfile &profile, const PartnerSearch &search, const PartnerRecord &record)
{
    PartnerMatch match;
    match.fit = fitOf(profile, search);
    match.responsiveness = responsivenessOf(record);
    match.choosiness = choosinessOf(record);
    match.score = kFitWeight * match.fit + kResponsivenessWeight * match.responsiveness + kChoosinessWeight * match.choosiness;
    return match;
}

} // namespace rd
