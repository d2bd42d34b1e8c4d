#include "desktopnotifier.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QSystemTrayIcon>

namespace rd {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
}

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    if (m_tray) {
        m_tray->showMessage(title, message);
        return;
    }
    if (!m_bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the
    // server's default), as the Desktop Notifications Specification has them.
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("referral-desk") << title << message
         << QStringList() << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("referral-desk")}} << int(-1);
    // Asynchronous: a slow or missing notification server must never hold the window.
    m_bus.asyncCall(call);
}

void DesktopNotifier::setToolTip(const QString &text)
{
    if (m_tray)
        m_tray->setToolTip(text);
}

} // namespace rd
