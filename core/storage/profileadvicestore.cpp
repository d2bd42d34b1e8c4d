#include "profileadvicestore.h"

#include "database.h"
#include "profilestore.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace rd {

namespace {

// The list of a profile an edit changes.
QStringList listOf(const BusinessProfile &profile, ProfileEdit edit)
{
    switch (edit) {
    case ProfileEdit::OptOutOfSize: return profile.excludedSizes;
    case ProfileEdit::RemoveIndustry: return profile.industries;
    case ProfileEdit::RemoveProduct: return profile.products;
    case ProfileEdit::RemoveService: return profile.services;
    }
    return {};
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

} // namespace

ProfileAdviceStore::ProfileAdviceStore(Database &database)
    : m_database(database)
{
}

QList<RecurringReason> ProfileAdviceStore::recurringReasons(const QString &profileId)
{
    m_lastError.clear();
    QList<RecurringReason> reasons;
    for (ReferralTrait trait : {ReferralTrait::Size, ReferralTrait::Industry, ReferralTrait::Product, ReferralTrait::Service}) {
        if (!countTrait(profileId, trait, reasons))
            return {};
    }
    return reasons;
}

bool ProfileAdviceStore::countTrait(const QString &profileId, ReferralTrait trait, QList<RecurringReason> &reasons)
{
    const SqlDialect &dialect = m_database.dialect();
    const auto items = [&](const char *key) {
        return QStringLiteral("r, %1 item").arg(dialect.jsonListItems(QStringLiteral("r.requirements"), QLatin1String(key)));
    };
    const QString from = trait == ReferralTrait::Size ? QStringLiteral("r")
        : trait == ReferralTrait::Industry            ? items("industries")
        : trait == ReferralTrait::Product             ? items("products")
                                                      : items("services");
    const QString term = trait == ReferralTrait::Size ? QStringLiteral("r.customer_size") : QStringLiteral("item.value");
    // The last kAdviceWindow per term (rn), how many those are (n), then each reason's count.
    const QString turnedDown = QStringLiteral(
        "SELECT %1 AS term, r.id AS id, r.closed_at AS closed_at, "
        "CASE WHEN COALESCE(r.reason_code, '') <> '' THEN r.reason_code ELSE TRIM(COALESCE(r.reason, '')) END AS why, "
        "CASE WHEN COALESCE(r.reason_code, '') <> '' THEN 1 ELSE 0 END AS preset "
        "FROM referrals %2 WHERE r.profile_id = ? AND r.sample = 0 AND r.status IN ('declined', 'skipped') AND COALESCE(%1, '') <> ''")
                                   .arg(term, from);
    const QString sql = QStringLiteral(
        "SELECT term, why, preset, COUNT(*), MAX(n) FROM (SELECT term, why, preset, COUNT(*) OVER (PARTITION BY term) AS n FROM ("
        "SELECT term, why, preset, ROW_NUMBER() OVER (PARTITION BY term ORDER BY closed_at DESC, id DESC) AS rn FROM (%1) turned) ranked "
        "WHERE rn <= ?) latest WHERE why <> '' GROUP BY term, why, preset ORDER BY term, COUNT(*) DESC, why")
                            .arg(turnedDown);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    query.prepare(sql);
    query.addBindValue(profileId);
    query.addBindValue(kAdviceWindow);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    while (query.next()) {
        reasons.append({trait, query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() == 1,
                        query.value(3).toInt(), query.value(4).toInt()});
    }
    return true;
}

QList<ProfileAdvice> ProfileAdviceStore::adviceFor(const QString &profileId)
{
    ProfileStore profiles(m_database);
    const std::optional<BusinessProfile> profile = profiles.profile(profileId);
    if (!profile) {
        m_lastError = profiles.lastError();
        return {};
    }
    const QList<RecurringReason> reasons = recurringReasons(profileId);
    return m_lastError.isEmpty() ? adviseProfile(*profile, reasons) : QList<ProfileAdvice>();
}

AdviceApplied ProfileAdviceStore::apply(const ProfileAdvice &advice, const QString &actor, const QDateTime &now)
{
    m_lastError.clear();
    AdviceApplied outcome;
    if (!m_database.beginWrite()) {
        outcome.message = m_database.describe(m_database.lastError());
        return outcome;
    }
    const auto end = [&](AdviceApplied::Result result, const QString &message) {
        m_database.rollback();
        outcome.result = result;
        outcome.message = message;
        return outcome;
    };
    ProfileStore profiles(m_database);
    const std::optional<BusinessProfile> before = profiles.profile(advice.profileId);
    if (!before) {
        return end(profiles.lastError().isEmpty() ? AdviceApplied::Result::Refused : AdviceApplied::Result::Failed,
                   profiles.lastError().isEmpty()
                       ? QCoreApplication::translate("ProfileAdviceStore", "There is no business profile with the id \"%1\".").arg(advice.profileId)
                       : profiles.lastError());
    }
    // Read again in the transaction: another window may have made the change meanwhile.
    const std::optional<BusinessProfile> after = applyAdvice(*before, advice);
    if (!after)
        return end(AdviceApplied::Result::NoLongerApplies, QCoreApplication::translate("ProfileAdviceStore", "The business profile has this change already."));
    const ProfileChange change = profiles.setProfileInTransaction(*after);
    if (!change.stored()) {
        return end(change.result == ProfileChange::Result::Refused ? AdviceApplied::Result::Refused : AdviceApplied::Result::Failed,
                   change.problems.join(QLatin1Char('\n')));
    }
    const QStringList listBefore = listOf(*before, advice.edit);
    const QStringList listAfter = listOf(*after, advice.edit);
    const std::optional<qint64> id = record(advice, actor, now, listBefore, listAfter);
    if (!id || !m_database.commit()) {
        const QString error = m_lastError.isEmpty() ? m_database.describe(m_database.lastError()) : m_lastError;
        return end(AdviceApplied::Result::Failed, error);
    }
    outcome.result = AdviceApplied::Result::Applied;
    outcome.record = ProfileChangeRecord{*id, now.toUTC(), actor, advice, listBefore, listAfter};
    return outcome;
}

std::optional<qint64> ProfileAdviceStore::record(const ProfileAdvice &advice, const QString &actor, const QDateTime &now,
                                                 const QStringList &before, const QStringList &after)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO profile_changes (profile_id, at, actor, edit, term, reason, reason_is_preset, same_reason, "
                                 "considered, list_before, list_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{advice.profileId, now.toMSecsSinceEpoch(), actor, editCode(advice.edit), advice.term,
                                              advice.reason, advice.preset ? 1 : 0, advice.sameReason, advice.considered,
                                              toJson(before), toJson(after)})
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<ProfileChangeRecord> ProfileAdviceStore::records(const QString &profileId)
{
    m_lastError.clear();
    QList<ProfileChangeRecord> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    query.prepare(QStringLiteral("SELECT id, at, actor, profile_id, edit, term, reason, reason_is_preset, same_reason, considered, "
                                 "list_before, list_after FROM profile_changes WHERE ? = '' OR profile_id = ? ORDER BY at DESC, id DESC"));
    query.addBindValue(profileId.isNull() ? QString(QLatin1String("")) : profileId);
    query.addBindValue(profileId);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return result;
    }
    while (query.next()) {
        ProfileChangeRecord record;
        record.id = query.value(0).toLongLong();
        record.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        record.actor = query.value(2).toString();
        record.advice = ProfileAdvice{query.value(3).toString(), editFromCode(query.value(4).toString()).value_or(ProfileEdit::OptOutOfSize),
                                      query.value(5).toString(), query.value(6).toString(), query.value(7).toInt() == 1,
                                      query.value(8).toInt(), query.value(9).toInt()};
        record.before = fromJson(query.value(10).toString());
        record.after = fromJson(query.value(11).toString());
        result.append(record);
    }
    return result;
}

} // namespace rd
