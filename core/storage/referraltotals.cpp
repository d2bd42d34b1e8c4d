#include "referraltotals.h"

#include "database.h"
#include "referralfilter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

bool run(const Database &database, QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error)
{
    query.setForwardOnly(database.dialect().readsRowsOneAtATime());
    if (query.prepare(sql)) {
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    if (error)
        *error = database.describe(query.lastError());
    return false;
}

} // namespace

std::optional<ReferralTotals> totalReferrals(const Database &database, const ReferralQuery &request, QString *error)
{
    QVariantList bindings;
    const QString condition = filterCondition(database.dialect(), request, &bindings);
    // One row per currency (NULL for referrals without a value): the count is their sum.
    const QString sql = QStringLiteral(
        "SELECT currency, COUNT(*), COALESCE(SUM(value), 0) FROM (SELECT "
        "CASE WHEN final_value IS NOT NULL THEN final_currency WHEN estimate_value IS NOT NULL THEN estimate_currency "
        "WHEN hint_value IS NOT NULL THEN hint_currency END AS currency, "
        "COALESCE(final_value, estimate_value, hint_value) AS value FROM referrals%1) matched "
        "GROUP BY currency ORDER BY currency")
                            .arg(condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition);
    QSqlQuery query(database.connection());
    if (!run(database, query, sql, bindings, error))
        return std::nullopt;
    ReferralTotals totals;
    while (query.next()) {
        const int count = query.value(1).toInt();
        totals.count += count;
        if (query.value(0).isNull())
            totals.withoutValue += count;
        else
            totals.value.append(CurrencyValue{query.value(0).toString(), query.value(2).toLongLong()});
    }
    return totals;
}

std::optional<ArchiveChoices> archiveChoices(const Database &database, QString *error)
{
    ArchiveChoices choices;
    QSqlQuery query(database.connection());
    if (!run(database, query,
             QStringLiteral("SELECT DISTINCT country FROM referrals WHERE tab = 'archived' AND COALESCE(country, '') <> '' ORDER BY 1"),
             {}, error))
        return std::nullopt;
    while (query.next())
        choices.countries.append(query.value(0).toString());

    if (!run(database, query,
             QStringLiteral("SELECT p.id, p.region FROM business_profiles p WHERE EXISTS "
                            "(SELECT 1 FROM referrals r WHERE r.profile_id = p.id AND r.tab = 'archived') ORDER BY p.region, p.id"),
             {}, error))
        return std::nullopt;
    while (query.next())
        choices.profiles.append(ArchiveChoices::Profile{query.value(0).toString(), query.value(1).toString()});

    // The same expression as the rep filter (referralfilter.cpp): who made the last status change.
    if (!run(database, query,
             QStringLiteral("SELECT DISTINCT rep FROM (SELECT (SELECT h.actor FROM referral_history h WHERE h.referral_id = r.id "
                            "AND h.event = 'status' AND h.to_status = r.status ORDER BY h.at DESC, h.id DESC LIMIT 1) AS rep "
                            "FROM referrals r WHERE r.tab = 'archived') reps WHERE rep IS NOT NULL ORDER BY rep"),
             {}, error))
        return std::nullopt;
    while (query.next())
        choices.reps.append(query.value(0).toString());

    if (!run(database, query,
             QStringLiteral("SELECT DISTINCT CASE WHEN COALESCE(reason_code, '') <> '' THEN reason_code ELSE '' END, "
                            "CASE WHEN COALESCE(reason_code, '') <> '' THEN '' ELSE TRIM(reason) END FROM referrals "
                            "WHERE tab = 'archived' AND (COALESCE(reason_code, '') <> '' OR TRIM(COALESCE(reason, '')) <> '') "
                            "ORDER BY 1, 2"),
             {}, error))
        return std::nullopt;
    while (query.next())
        choices.reasons.append(ArchiveChoices::Reason{query.value(0).toString(), query.value(1).toString()});
    return choices;
}

} // namespace rd
