#include "backgroundconnection.h"

#include "database.h"

namespace rd {

BackgroundConnection::BackgroundConnection(const ConnectionSpec &connection, const QString &threadName)
    : m_connection(connection)
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundConnection::~BackgroundConnection()
{
    m_stopping = true;
    // The connection is closed on the thread that opened it, after the job at hand.
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Database *BackgroundConnection::database()
{
    if (!m_opened) {
        m_opened = true;
        DatabaseError error;
        m_database = Database::open(m_connection, &error, OpenMode::MustExist);
        m_openError = error.message;
    }
    return m_database.get();
}

} // namespace rd
