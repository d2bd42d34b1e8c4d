#include "referralpages.h"

namespace rd {

QStringList ids(const QList<Referral> &referrals)
{
    QStringList result;
    for (const Referral &referral : referrals)
        result.append(referral.id);
    return result;
}

QStringList ids(const Page &page)
{
    return ids(page.rows);
}

QStringList walk(const ReferralStore &store, ReferralQuery query, int pageSize, int *pages)
{
    QStringList all;
    query.limit = pageSize;
    // A guard against a cursor that never moves on: more pages than rows is a failure.
    int count = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const Page page = store.page(query);
        ++count;
        all += ids(page);
        if (!page.next)
            break;
        query.after = page.next;
    }
    if (pages)
        *pages = count;
    return all;
}

} // namespace rd
