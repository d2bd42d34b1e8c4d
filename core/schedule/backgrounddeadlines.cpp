#include "backgrounddeadlines.h"

#include "database.h"
#include "deadlinechecker.h"
#include "referralstore.h"

namespace rd {

BackgroundDeadlines::BackgroundDeadlines(const ConnectionSpec &connection, const Clock &clock)
{
    m_thread.setObjectName(QStringLiteral("deadlines"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    // Everything the checker uses is made on its thread: a connection belongs to its thread.
    QMetaObject::invokeMethod(&m_context, [&] {
        DatabaseError error;
        m_database = Database::open(connection, &error);
        if (!m_database) {
            m_error = error.message;
            return;
        }
        m_store = std::make_unique<ReferralStore>(*m_database);
        m_checker = std::make_unique<DeadlineChecker>(*m_store, clock);
    }, Qt::BlockingQueuedConnection);
}

BackgroundDeadlines::~BackgroundDeadlines()
{
    if (m_checker)
        m_checker->stop();
    QMetaObject::invokeMethod(&m_context, [this] {
        m_checker.reset();
        m_store.reset();
        m_database.reset();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundDeadlines::start()
{
    if (m_checker)
        QMetaObject::invokeMethod(m_checker.get(), &DeadlineChecker::start, Qt::QueuedConnection);
}

} // namespace rd
