#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace rd {

// A D-Bus session bus of the test's own: a real dbus-daemon, stopped with the test.
class SessionBus
{
public:
    SessionBus();
    ~SessionBus();

    bool isRunning() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; }
    // A connection of its own to the bus, named `name`.
    QDBusConnection connect(const QString &name) const;

private:
    QProcess m_daemon;
    QString m_address;
};

struct Notification
{
    QString appName;
    QString icon;
    QString summary;
    QString body;
};

// A notification server as a desktop runs it (org.freedesktop.Notifications), that keeps
// what it is asked to show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit NotificationServer(QObject *parent = nullptr);
    // Takes the service name on `bus`; false when the bus refused it.
    bool registerOn(QDBusConnection bus);

    QList<Notification> received;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const;
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;
};

} // namespace rd
