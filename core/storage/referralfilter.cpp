#include "referralfilter.h"

#include "referralrow.h"
#include "searchtext.h"
#include "sqldialect.h"

namespace rd {

QString unansweredTabsCondition()
{
    return QStringLiteral("tab IN ('new', 'evaluating')");
}

QString filterCondition(const SqlDialect &dialect, const ReferralQuery &request, QVariantList *bindings)
{
    QStringList conditions;
    if (request.tab) {
        conditions.append(QStringLiteral("tab = ?"));
        bindings->append(tabName(*request.tab));
        if (*request.tab == Tab::New || *request.tab == Tab::Evaluating)
            conditions.append(unansweredTabsCondition());
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
    if (!request.countries.isEmpty()) {
        conditions.append(QStringLiteral("country IN (%1)").arg(ReferralRow::placeholders(int(request.countries.size()))));
        for (const QString &country : request.countries)
            bindings->append(country.toUpper());
    }
    if (!request.profileIds.isEmpty()) {
        conditions.append(QStringLiteral("profile_id IN (%1)").arg(ReferralRow::placeholders(int(request.profileIds.size()))));
        for (const QString &profile : request.profileIds)
            bindings->append(profile);
    }
    if (!request.reps.isEmpty()) {
        // The status change that put the referral where it is now, found on history_by_referral
        // (referral_id, at): for an archived referral, the decision or the deadline (`system`).
        conditions.append(QStringLiteral(
            "(SELECT h.actor FROM referral_history h WHERE h.referral_id = referrals.id AND h.event = 'status' "
            "AND h.to_status = referrals.status ORDER BY h.at DESC, h.id DESC LIMIT 1) IN (%1)")
                              .arg(ReferralRow::placeholders(int(request.reps.size()))));
        for (const QString &rep : request.reps)
            bindings->append(rep);
    }
    if (!request.reasonCodes.isEmpty() || !request.typedReasons.isEmpty()) {
        // A preset counts by its code, so that its Korean and English words are one reason; a
        // typed reason by its words, as the report counts them.
        QStringList either;
        if (!request.reasonCodes.isEmpty()) {
            either.append(QStringLiteral("reason_code IN (%1)").arg(ReferralRow::placeholders(int(request.reasonCodes.size()))));
            for (const QString &code : request.reasonCodes)
                bindings->append(code);
        }
        if (!request.typedReasons.isEmpty()) {
            either.append(QStringLiteral("(COALESCE(reason_code, '') = '' AND TRIM(COALESCE(reason, '')) IN (%1))")
                              .arg(ReferralRow::placeholders(int(request.typedReasons.size()))));
            for (const QString &words : request.typedReasons)
                bindings->append(words.trimmed());
        }
        conditions.append(QStringLiteral("(%1)").arg(either.join(QStringLiteral(" OR "))));
    }
    if (const QStringList terms = searchTerms(request.search); !terms.isEmpty())
        conditions.append(dialect.searchCondition(terms, bindings));
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace rd
