#include "referralfilter.h"

#include "referralrow.h"
#include "searchtext.h"
#include "sqldialect.h"

namespace rd {

QString filterCondition(const SqlDialect &dialect, const ReferralQuery &request, QVariantList *bindings)
{
    QStringList conditions;
    if (request.tab) {
        conditions.append(QStringLiteral("tab = ?"));
        bindings->append(tabName(*request.tab));
    }
    if (!request.statuses.isEmpty()) {
        conditions.append(QStringLiteral("status IN (%1)").arg(ReferralRow::placeholders(int(request.statuses.size()))));
        for (Status status : request.statuses)
            bindings->append(statusName(status));
    }
    if (request.closedFrom.isValid()) {
        conditions.append(QStringLiteral("closed_at >= ?"));
        bindings->append(ReferralRow::instant(request.closedFrom));
    }
    if (request.closedUntil.isValid()) {
        conditions.append(QStringLiteral("closed_at <= ?"));
        bindings->append(ReferralRow::instant(request.closedUntil));
    }
    if (request.deadlineUntil.isValid()) {
        conditions.append(QStringLiteral("deadline <= ?"));
        bindings->append(ReferralRow::instant(request.deadlineUntil));
    }
    if (const QStringList terms = searchTerms(request.search); !terms.isEmpty())
        conditions.append(dialect.searchCondition(terms, bindings));
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace rd
