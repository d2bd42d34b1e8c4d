#pragma once

#include "connectionspec.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace rd {

class Database;

// Another connection like the window's, on a thread of its own, for work that may take longer
// than a frame (weighing every profile of a country, a round of SMTP). A connection belongs to
// the thread that opened it: it is opened there at the first job, used there and closed there.
// What a job returns comes back to the GUI thread, to `done`, through the event loop.
class BackgroundConnection : public QObject
{
    Q_OBJECT
public:
    BackgroundConnection(const ConnectionSpec &connection, const QString &threadName);
    // Lets the job at hand finish (jobs queued behind it are dropped), then closes the connection.
    ~BackgroundConnection() override;

    // Set while the owner goes away: long jobs (sending) stop between steps when it is.
    const std::atomic<bool> &stopping() const { return m_stopping; }

    // Runs `job(database, openError)` on the thread, `database` null when it could not be
    // opened (then `openError` says why), and hands its result to `done` on this object's thread.
    template<typename Job, typename Done>
    void run(Job job, Done done)
    {
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, job = std::move(job), done = std::move(done)]() mutable {
                if (m_stopping)
                    return;
                auto result = job(database(), m_openError);
                QMetaObject::invokeMethod(
                    this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    // On the thread: the connection, opened at the first call.
    Database *database();

    ConnectionSpec m_connection;
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    std::unique_ptr<Database> m_database;
    QString m_openError;
    bool m_opened = false;
    std::atomic<bool> m_stopping = false;
};

} // namespace rd
