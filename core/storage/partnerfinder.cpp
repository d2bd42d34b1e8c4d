#include "partnerfinder.h"

#include "database.h"
#include "profilestore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace rd {

namespace {

// Referrals that arrived New in the window and have been answered or archived since: those a
// partner could have answered. One still waiting in New says nothing yet.
const QString kDecidedArrivals = QStringLiteral(
    "FROM referrals r WHERE r.partner_id = ? AND r.sample = 0 AND r.received_at >= ? AND r.received_at <= ? "
    "AND r.status <> 'new' AND EXISTS (SELECT 1 FROM referral_history a WHERE a.referral_id = r.id "
    "AND a.from_status IS NULL AND a.to_status = 'new')");

// The first answer of each such referral: the earliest "I'm interested" or "No thanks" by a rep.
const QString kFirstAnswers = QStringLiteral(
    "SELECT MIN(h.at) - r.received_at AS took FROM referrals r JOIN referral_history h ON h.referral_id = r.id "
    "WHERE r.partner_id = ? AND r.sample = 0 AND r.received_at >= ? AND r.received_at <= ? AND h.event = 'status' "
    "AND h.from_status = 'new' AND h.to_status IN ('evaluating', 'skipped') GROUP BY r.id");

} // namespace

PartnerFinder::PartnerFinder(Database &database)
    : m_database(database)
{
}

QList<FoundPartner> PartnerFinder::find(const PartnerSearch &search, const QDateTime &now, int limit)
{
    m_lastError.clear();
    ProfileStore profiles(m_database);
    const QList<BusinessProfile> candidates = profiles.activeProfilesIn(search.country);
    if (!profiles.lastError().isEmpty()) {
        m_lastError = profiles.lastError();
        return {};
    }
    QHash<QString, PartnerRecord> records; // one partner, several profiles: counted once
    QList<FoundPartner> found;
    for (const BusinessProfile &profile : candidates) {
        if (!isCandidate(profile, search))
            continue;
        if (!records.contains(profile.partnerId))
            records.insert(profile.partnerId, recordOf(profile.partnerId, search, now));
        if (!m_lastError.isEmpty())
            return {};
        const PartnerRecord record = records.value(profile.partnerId);
        found.append(FoundPartner{profile, record, rankPartner(profile, search, record)});
    }
    std::stable_sort(found.begin(), found.end(), [](const FoundPartner &a, const FoundPartner &b) {
        return a.match.score > b.match.score;
    });
    if (limit >= 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

PartnerRecord PartnerFinder::recordOf(const QString &partnerId, const PartnerSearch &search, const QDateTime &now)
{
    PartnerRecord record;
    const qint64 until = now.toMSecsSinceEpoch();
    const qint64 since = now.addDays(-kHistoryDays).toMSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.status IN ('missed', 'expired') THEN 1 ELSE 0 END), 0) ")
                  + kDecidedArrivals);
    query.addBindValue(partnerId);
    query.addBindValue(since);
    query.addBindValue(until);
    if (!query.exec() || !query.next()) {
        m_lastError = m_database.describe(query.lastError());
        return record;
    }
    record.received = query.value(0).toInt();
    record.missedOrExpired = query.value(1).toInt();

    QSqlQuery answered(m_database.connection());
    answered.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1) answers").arg(kFirstAnswers));
    answered.addBindValue(partnerId);
    answered.addBindValue(since);
    answered.addBindValue(until);
    if (!answered.exec() || !answered.next()) {
        m_lastError = m_database.describe(answered.lastError());
        return record;
    }
    record.medianFirstAnswerMs = medianFirstAnswer(partnerId, since, until, answered.value(0).toInt());

    // Similar deals: the same customer size, and at least one of the industries and one of the
    // products asked for, when the search names them. Ids are canonical and quoted in the JSON.
    QString similar = QStringLiteral("partner_id = ? AND sample = 0");
    QVariantList bindings{partnerId};
    if (!search.size.isEmpty()) {
        similar += QStringLiteral(" AND customer_size = ?");
        bindings.append(search.size);
    }
    for (const QStringList *asked : {&search.industries, &search.products}) {
        if (asked->isEmpty())
            continue;
        QStringList any;
        for (const QString &id : *asked) {
            any.append(QStringLiteral("requirements LIKE ? ESCAPE '\\'"));
            QString escaped = id;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
            bindings.append(QStringLiteral("%\"%1\"%").arg(escaped));
        }
        similar += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    QSqlQuery deals(m_database.connection());
    deals.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN accepted_at IS NOT NULL OR status IN ('negotiating', 'won', 'lost') THEN 1 ELSE 0 END), 0), "
                                 "COALESCE(SUM(CASE WHEN status IN ('declined', 'skipped') THEN 1 ELSE 0 END), 0) FROM referrals WHERE %1")
                      .arg(similar));
    for (const QVariant &value : bindings)
        deals.addBindValue(value);
    if (!deals.exec() || !deals.next()) {
        m_lastError = m_database.describe(deals.lastError());
        return record;
    }
    record.acceptedSimilar = deals.value(0).toInt();
    record.declinedSimilar = deals.value(1).toInt();
    return record;
}

std::optional<qint64> PartnerFinder::medianFirstAnswer(const QString &partnerId, qint64 since, qint64 until, int answered)
{
    if (answered == 0)
        return std::nullopt;
    // The middle one or two of the sorted times, picked by the database.
    QSqlQuery middle(m_database.connection());
    middle.prepare(QStringLiteral("SELECT took FROM (%1) answers ORDER BY took LIMIT ? OFFSET ?").arg(kFirstAnswers));
    middle.addBindValue(partnerId);
    middle.addBindValue(since);
    middle.addBindValue(until);
    middle.addBindValue(answered % 2 == 1 ? 1 : 2);
    middle.addBindValue((answered - 1) / 2);
    if (!middle.exec()) {
        m_lastError = m_database.describe(middle.lastError());
        return std::nullopt;
    }
    qint64 sum = 0;
    int count = 0;
    while (middle.next()) {
        sum += middle.value(0).toLongLong();
        ++count;
    }
    return count == 0 ? std::nullopt : std::optional<qint64>(sum / count);
}

} // namespace rd
