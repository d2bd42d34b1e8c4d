#include "deadlinechecker.h"

#include "clock.h"

namespace rd {

DeadlineChecker::DeadlineChecker(ReferralStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineChecker::checkNow);
    connect(&m_store, &ReferralStore::referralsChanged, this, &DeadlineChecker::reschedule);
}

void DeadlineChecker::start()
{
    m_started = true;
    checkNow();
}

SweepResult DeadlineChecker::checkNow()
{
    // A timer may fire early (coarse timers by up to 5%): the sweep asks the clock, so an
    // early wake-up archives nothing and simply sleeps again.
    if (m_stopping)
        return {};
    m_checking = true;
    const SweepResult result = m_store.sweep(m_clock.now(), &m_stopping);
    m_checking = false;
    if (!result.error.isEmpty())
        emit failed(result.error);
    // A row set aside is reported once, by this sweep: the window must hear of it even when
    // nothing else was archived.
    if (!result.isEmpty() || !result.setAside.isEmpty())
        emit archived(result);
    if (m_started && !m_stopping) {
        if (result.error.isEmpty())
            arm();
        else
            m_timer.start(static_cast<int>(kRetryAfterErrorMs)); // a locked database: try again soon, without spinning
    }
    return result;
}

void DeadlineChecker::reschedule()
{
    if (m_started && !m_checking)
        arm();
}

void DeadlineChecker::arm()
{
    const std::optional<QDateTime> next = m_store.nextDeadline();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 untilDue = m_clock.now().msecsTo(*next);
    m_timer.start(static_cast<int>(qBound<qint64>(0, untilDue, kMaxSleepMs)));
}

} // namespace rd
