#include "referralcounts.h"

#include "database.h"
#include "referralrow.h"
#include "searchtext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

std::optional<int> countReferrals(const Database &database, const ReferralQuery &request, QString *error)
{
    QStringList conditions;
    QVariantList bindings;
    if (request.tab) {
        conditions.append(QStringLiteral("tab = ?"));
        bindings.append(tabName(*request.tab));
    }
    if (!request.statuses.isEmpty()) {
        conditions.append(QStringLiteral("status IN (%1)").arg(ReferralRow::placeholders(int(request.statuses.size()))));
        for (Status status : request.statuses)
            bindings.append(statusName(status));
    }
    if (request.closedFrom.isValid()) {
        conditions.append(QStringLiteral("closed_at >= ?"));
        bindings.append(ReferralRow::instant(request.closedFrom));
    }
    if (request.closedUntil.isValid()) {
        conditions.append(QStringLiteral("closed_at <= ?"));
        bindings.append(ReferralRow::instant(request.closedUntil));
    }
    if (request.deadlineUntil.isValid()) {
        conditions.append(QStringLiteral("deadline <= ?"));
        bindings.append(ReferralRow::instant(request.deadlineUntil));
    }
    if (const QStringList terms = searchTerms(request.search); !terms.isEmpty())
        conditions.append(database.dialect().searchCondition(terms, &bindings));

    QString sql = QStringLiteral("SELECT COUNT(*) FROM referrals");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
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
