#include "deadlinealerts.h"

#include "clock.h"
#include "referralstore.h"

namespace rd {

DeadlineAlerts::DeadlineAlerts(ReferralStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

void DeadlineAlerts::check()
{
    const QDateTime now = m_clock.now();
    ReferralQuery query;
    query.deadlineUntil = now.addMSecs(kFirstWarningMs);
    query.sort = SortKey::Deadline;
    query.limit = 500;
    int lastCall = 0;
    int firstCall = 0;
    for (const Referral &referral : m_store.page(query).rows) {
        const qint64 left = now.msecsTo(referral.deadline);
        if (left <= 0)
            continue;
        if (left <= kLastWarningMs) {
            if (!m_warnedLast.contains(referral.id)) {
                m_warnedLast.insert(referral.id);
                m_warnedFirst.insert(referral.id);
                ++lastCall;
            }
        } else if (!m_warnedFirst.contains(referral.id)) {
            m_warnedFirst.insert(referral.id);
            ++firstCall;
        }
    }
    if (lastCall > 0)
        emit alert(tr("Deadline within an hour"), tr("%n referral(s) run out of time within an hour.", nullptr, lastCall));
    if (firstCall > 0)
        emit alert(tr("Deadline within four hours"), tr("%n referral(s) run out of time within four hours.", nullptr, firstCall));
}

void DeadlineAlerts::announceNew(int count)
{
    if (count > 0)
        emit alert(tr("New referrals"), tr("%n new referral(s) to triage.", nullptr, count));
}

} // namespace rd
