#include "sessionbus.h"

#include <QDBusConnectionInterface>

namespace rd {

SessionBus::SessionBus()
{
    m_daemon.setProgram(QStringLiteral("dbus-daemon"));
    m_daemon.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    m_daemon.start();
    if (!m_daemon.waitForStarted(5000)) {
        qWarning("dbus-daemon did not start: %s", qPrintable(m_daemon.errorString()));
        return;
    }
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(5000)) {
            qWarning("dbus-daemon printed no address");
            return;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
}

SessionBus::~SessionBus()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000))
        m_daemon.kill();
}

QDBusConnection SessionBus::connect(const QString &name) const
{
    return QDBusConnection::connectToBus(m_address, name);
}

NotificationServer::NotificationServer(QObject *parent)
    : QObject(parent)
{
}

bool NotificationServer::registerOn(QDBusConnection bus)
{
    return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots)
        && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

uint NotificationServer::Notify(const QString &appName, uint, const QString &icon, const QString &summary, const QString &body,
                                const QStringList &, const QVariantMap &, int)
{
    received.append(Notification{appName, icon, summary, body});
    return uint(received.size());
}

QStringList NotificationServer::GetCapabilities() const
{
    return {QStringLiteral("body")};
}

QString NotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = QStringLiteral("Referral Desk tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("test notification server");
}

} // namespace rd
