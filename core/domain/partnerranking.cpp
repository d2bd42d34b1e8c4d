#include "partnerranking.h"

#include <QCoreApplication>
#include <QStringList>
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

namespace rd {

QString explainMatch(const PartnerRecord &record, const PartnerMatch &match)
{
    // Plain ints for %n: lupdate 6.4 hangs on an expression in that argument.
    const int percentCovered = static_cast<int>(match.fit * 100 + 0.5);
    QStringList parts;
    parts.append(QCoreApplication::translate("rd::PartnerRanking", "Covers %1% of the request.").arg(percentCovered));
    if (record.received == 0) {
        parts.append(QCoreApplication::translate("rd::PartnerRanking", "No referrals answered in the last 90 days, so responsiveness counts as neutral."));
    } else {
        const int percentMissed = static_cast<int>(100.0 * record.missedOrExpired / record.received + 0.5);
        if (record.medianFirstAnswerMs) {
            const int minutes = static_cast<int>(qMax<qint64>(1, *record.medianFirstAnswerMs / 60000));
            const int hours = minutes / 60;
            const QString took = minutes < 120 ? QCoreApplication::translate("rd::PartnerRanking", "%n minute(s)", nullptr, minutes)
                                               : QCoreApplication::translate("rd::PartnerRanking", "%n hour(s)", nullptr, hours);
            parts.append(QCoreApplication::translate("rd::PartnerRanking", "Over the last 90 days it answered in a median of %1, and %2% of its referrals were missed or expired.")
                             .arg(took)
                             .arg(percentMissed));
        } else {
            parts.append(QCoreApplication::translate("rd::PartnerRanking", "Over the last 90 days it answered none of its referrals."));
        }
    }
    const int similar = record.acceptedSimilar + record.declinedSimilar;
    if (similar == 0) {
        parts.append(QCoreApplication::translate("rd::PartnerRanking", "No similar deals yet, so choosiness counts as neutral."));
    } else {
        parts.append(QCoreApplication::translate("rd::PartnerRanking", "Accepted %1 of %2 similar deals.").arg(record.acceptedSimilar).arg(similar));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace rd
