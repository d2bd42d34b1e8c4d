#pragma once

#include "referralstore.h"

#include <QObject>
#include <QTimer>

#include <atomic>

namespace rd {

class Clock;

// Archives referrals whose time ran out. On start it catches up on everything that fell due
// while the app was closed, then sleeps until the next deadline and wakes again whenever the
// referrals change.
class DeadlineChecker : public QObject
{
    Q_OBJECT
public:
    // Qt timers misbehave past about 24.8 days; an hour keeps far deadlines honest too.
    static constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;
    static constexpr qint64 kRetryAfterErrorMs = 5 * 1000;

    DeadlineChecker(ReferralStore &store, const Clock &clock, QObject *parent = nullptr);

    void start();
    // May be called from any thread: a sweep under way ends after its current batch, and the
    // checker does nothing more.
    void stop() { m_stopping = true; }
    bool isSleeping() const { return m_timer.isActive(); }
    // How long the checker sleeps before its next look, in milliseconds; -1 when idle.
    qint64 sleepInterval() const { return m_timer.isActive() ? m_timer.interval() : -1; }

public slots:
    SweepResult checkNow();
    // Looks again for the next deadline: for changes this checker's store did not make.
    void reschedule();

signals:
    void archived(const SweepResult &result);
    void failed(const QString &message);

private:
    void arm();

    ReferralStore &m_store;
    const Clock &m_clock;
    QTimer m_timer;
    bool m_started = false;
    bool m_checking = false;
    std::atomic<bool> m_stopping = false;
};

} // namespace rd
