#include "referralcounts.h"

#include "database.h"
#include "referralfilter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

std::optional<int> countReferrals(const Database &database, const ReferralQuery &request, QString *error, std::optional<int> atMost)
{
    QVariantList bindings;
    const QString condition = filterCondition(database.dialect(), request, &bindings);
    QString sql = atMost ? QStringLiteral("SELECT 1 FROM referrals") : QStringLiteral("SELECT COUNT(*) FROM referrals");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    if (atMost) {
        sql = QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT ?) matched").arg(sql);
        bindings.append(qMax(0, *atMost));
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(database.dialect().readsRowsOneAtATime());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = database.describe(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace rd
