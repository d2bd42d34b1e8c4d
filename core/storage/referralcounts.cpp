#include "referralcounts.h"

#include "database.h"
#include "referralfilter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

std::optional<int> countReferrals(const Database &database, const ReferralQuery &request, QString *error)
{
    QVariantList bindings;
    const QString condition = filterCondition(database.dialect(), request, &bindings);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM referrals");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
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
