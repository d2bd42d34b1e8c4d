#include "desktopnotifier.h"
#include "sessionbus.h"
#include "windowfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// Without a system tray (the offscreen platform has none, like many desktops), alerts reach
// the desktop's notification service over a real session bus.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<SessionBus> m_bus;
    std::unique_ptr<NotificationServer> m_server;
    std::unique_ptr<WindowFixture> m_fixture;

    QStringList archivedBodies() const
    {
        QStringList bodies;
        for (const Notification &notification : m_server->received) {
            if (notification.summary == QLatin1String("Archived: time ran out"))
                bodies.append(notification.body);
        }
        return bodies;
    }

private slots:
    void initTestCase()
    {
        useTestSettings(m_config, QStringLiteral("tst_desktopnotifier"));
        m_bus = std::make_unique<SessionBus>();
        QVERIFY2(m_bus->isRunning(), "dbus-daemon is needed (Debian package dbus)");
        // The window's notifier uses the session bus: this one, before anything asks for it.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
        m_server = std::make_unique<NotificationServer>();
        QVERIFY(m_server->registerOn(m_bus->connect(QStringLiteral("notification-server"))));
    }

    void init()
    {
        m_server->received.clear();
        m_fixture = std::make_unique<WindowFixture>(kNow);
    }

    void cleanup() { m_fixture.reset(); }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
        m_server.reset();
        m_bus.reset();
    }

    void shouldSendAlertsToTheNotificationServiceWithoutATray()
    {
        DesktopNotifier notifier;
        QVERIFY(!notifier.usesTray());
        notifier.notify(QStringLiteral("New referrals"), QStringLiteral("3 new referrals to triage."));
        QTRY_COMPARE(m_server->received.size(), 1);
        QCOMPARE(m_server->received.first().summary, QStringLiteral("New referrals"));
        QCOMPARE(m_server->received.first().body, QStringLiteral("3 new referrals to triage."));
        QCOMPARE(m_server->received.first().icon, QStringLiteral("referral-desk"));
    }

    void shouldNameAReferralTheCheckerArchivedWhileTheWindowIsOpen()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-72 * 3600 + 60));
        m_fixture->openWindow();
        m_fixture->clock().advance(61 * 1000);
        m_fixture->checker().checkNow();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Missed);
        QTRY_COMPARE(archivedBodies().size(), 1);
        QCOMPARE(archivedBodies().first(),
                 QStringLiteral("“RFI r0” ran out of time and is archived as Missed; the customer is told to choose another partner."));
    }

    void shouldNameTheFirstFewOfManyArchived()
    {
        m_fixture->addReferrals(5, kNow.addSecs(-72 * 3600 + 60));
        m_fixture->openWindow();
        m_fixture->clock().advance(120 * 1000);
        m_fixture->checker().checkNow();
        QTRY_COMPARE(archivedBodies().size(), 1);
        const QString body = archivedBodies().first();
        QVERIFY2(body.startsWith(QStringLiteral("5 referrals ran out of time and are archived: “RFI r")), qPrintable(body));
        QVERIFY2(body.endsWith(QStringLiteral(" and 2 more.")), qPrintable(body));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
