#pragma once

#include <QDBusConnection>
#include <QObject>

class QSystemTrayIcon;

namespace rd {

// Desktop notifications: through the system tray where there is one, otherwise through the
// desktop's notification service on the session bus (org.freedesktop.Notifications), as
// desktops without a tray (GNOME, most Wayland sessions) expect.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    // Without a tray, on `bus`; for a session bus other than the default one.
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void notify(const QString &title, const QString &message);
    void setToolTip(const QString &text);
    bool usesTray() const { return m_tray != nullptr; }

private:
    QDBusConnection m_bus;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rd
