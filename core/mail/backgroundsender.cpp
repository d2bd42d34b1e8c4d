#include "backgroundsender.h"

#include "clock.h"
#include "database.h"
#include "mailpassword.h"
#include "mailsettings.h"
#include "smtptransport.h"

namespace rd {

BackgroundSender::BackgroundSender(const ConnectionSpec &connection, const Clock &clock)
    : m_clock(clock)
{
    qRegisterMetaType<SendSummary>();
    m_thread.setObjectName(QStringLiteral("outbox"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    // The connection and the timer are made on the sending thread: both belong to their thread.
    QMetaObject::invokeMethod(&m_context, [this, connection] {
        DatabaseError error;
        m_database = Database::open(connection, &error);
        if (!m_database)
            m_openError = error.message;
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(kRoundIntervalMs);
        QObject::connect(m_timer.get(), &QTimer::timeout, &m_context, [this] { round(); });
    }, Qt::BlockingQueuedConnection);
}

BackgroundSender::~BackgroundSender()
{
    m_stop = true;
    QMetaObject::invokeMethod(&m_context, [this] {
        m_timer.reset();
        m_database.reset();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSender::start()
{
    QMetaObject::invokeMethod(&m_context, [this] {
        m_timer->start();
        round();
    }, Qt::QueuedConnection);
}

void BackgroundSender::sendSoon()
{
    QMetaObject::invokeMethod(&m_context, [this] { round(); }, Qt::QueuedConnection);
}

void BackgroundSender::round()
{
    if (m_stop)
        return;
    if (!m_database) {
        emit roundFinished(SendSummary{0, 0, 0, m_openError});
        return;
    }
    const std::optional<MailSettings> settings = loadMailSettings(*m_database);
    if (!settings || !problemsIn(*settings).isEmpty())
        return;
    SmtpTransport transport(*settings, smtpPassword(*settings));
    OutboxSender sender(*m_database, *settings, transport);
    emit roundFinished(sender.sendDue(m_clock.now(), &m_stop));
}

} // namespace rd
