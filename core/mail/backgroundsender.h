#pragma once

#include "connectionspec.h"
#include "outboxsender.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace rd {

class Clock;
class Database;

// Sends the outbox while the app runs: a round every minute and whenever asked, on a thread and
// connection of its own, so that a slow or unreachable server never stalls the window. Does
// nothing until the database has mail settings.
class BackgroundSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRoundIntervalMs = 60 * 1000;

    BackgroundSender(const ConnectionSpec &connection, const Clock &clock);
    ~BackgroundSender() override;

    void start();

public slots:
    // A round as soon as the sending thread is free (new messages were written, Send now).
    void sendSoon();

signals:
    // After each round that had mail settings; `summary.error` when it could not run.
    void roundFinished(const rd::SendSummary &summary);

private:
    void round();

    const Clock &m_clock;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QTimer> m_timer;
    std::atomic<bool> m_stop{false};
    QString m_openError;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::SendSummary)
