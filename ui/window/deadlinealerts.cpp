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
    const DeadlinePolicy &policy = m_store.policy();
    ReferralQuery query;
    query.deadlineUntil = now.addSecs(policy.firstWarningSeconds);
    query.sort = SortKey::Deadline;
    query.limit = 500;
    int lastCall = 0;
    int firstCall = 0;
    for (const Referral &referral : m_store.page(query).rows) {
        const DeadlineProximity proximity = policy.proximity(referral.deadline, now);
        if (proximity == DeadlineProximity::WithinLastWarning) {
            if (!m_warnedLast.contains(referral.id)) {
                m_warnedLast.insert(referral.id);
                m_warnedFirst.insert(referral.id);
                ++lastCall;
            }
        } else if (proximity == DeadlineProximity::WithinFirstWarning && !m_warnedFirst.contains(referral.id)) {
            m_warnedFirst.insert(referral.id);
            ++firstCall;
        }
    }
    announceDeadlines(lastCall, policy.lastWarningSeconds);
    announceDeadlines(firstCall, policy.firstWarningSeconds);
}

void DeadlineAlerts::announceDeadlines(int count, qint64 windowSeconds)
{
    if (count == 0)
        return;
    const QString window = windowText(windowSeconds);
    emit alert(tr("Deadline within %1").arg(window), tr("%n referral(s) run out of time within %1.", nullptr, count).arg(window));
}

void DeadlineAlerts::announceNew(int count)
{
    if (count > 0)
        emit alert(tr("New referrals"), tr("%n new referral(s) to triage.", nullptr, count));
}

} // namespace rd
