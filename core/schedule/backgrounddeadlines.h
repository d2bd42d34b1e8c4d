#pragma once

#include "connectionspec.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace rd {

class Clock;
class Database;
class DeadlineChecker;
class ReferralStore;

// Runs the deadline checker on a thread of its own, with its own connection: after days
// closed, the catch-up may archive thousands of referrals, and the window must not wait for it.
class BackgroundDeadlines
{
public:
    // Opens another connection like `connection` on the checker's thread.
    BackgroundDeadlines(const ConnectionSpec &connection, const Clock &clock);
    ~BackgroundDeadlines();

    // Lives on the background thread: connect to its signals, invoke its slots queued.
    DeadlineChecker *checker() const { return m_checker.get(); }
    QString error() const { return m_error; }
    void start();

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferralStore> m_store;
    std::unique_ptr<DeadlineChecker> m_checker;
    QString m_error;
};

} // namespace rd
