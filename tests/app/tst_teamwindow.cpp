#include "connectionindicator.h"
#include "databaseactions.h"
#include "detailpane.h"
#include "desk.h"
#include "recentdatabases.h"
#include "serverconnectiondialog.h"
#include "testlocation.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The window on a team server, as reps share it: connecting, live updates from other
// connections, and a server that goes away and comes back. Needs the test server.
class TestTeamWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    // Another rep's connection to the same database, as a second window or the command line has.
    std::unique_ptr<Database> colleague()
    {
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(m_fixture->db().location().spec(Session{QStringLiteral("kim")}), &error);
        if (!database)
            qFatal("cannot connect a second time: %s", qPrintable(error.message));
        return database;
    }

    QString databaseName() const { return m_fixture->db().location().spec().shortName(); }

    // As a restart looks from here: every connection to this database (and only this one, so
    // that other tests on the server go on) is cut, and new ones are refused until allowed.
    void cutConnections()
    {
        runOnTestServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(databaseName()));
        runOnTestServer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(databaseName()));
    }

    void allowConnections() { runOnTestServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(databaseName())); }

    QString newTabText() const { return m_fixture->window()->tabs()->tabText(0); }

private slots:
    void initTestCase()
    {
        QVERIFY2(testsRunOnServer(), "runs on the test server only (RD_TEST_ENGINE=postgresql)");
        useTestSettings(m_config, QStringLiteral("tst_teamwindow"));
    }

    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldShowAColleaguesChangeWithinASecond()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        QCOMPARE(newTabText(), QStringLiteral("New (2)"));
        QSignalSpy announced(&m_fixture->changes(), &ChangeFeed::changedElsewhere);

        // This window's own decision is shown by the store that made it, not announced again.
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        QCOMPARE(newTabText(), QStringLiteral("New (1)"));

        const std::unique_ptr<Database> other = colleague();
        ReferralStore store(*other);
        QVERIFY(store.insert({sampleReferral(QStringLiteral("walk-in"), kNow.addSecs(-60))}, kNow, QStringLiteral("kim")).error.isEmpty());
        // No poll brings it: the server pushes the notice as the colleague commits.
        QTRY_COMPARE_WITH_TIMEOUT(newTabText(), QStringLiteral("New (2)"), 1000);
        QCOMPARE(announced.size(), 1);
    }

    void shouldShowAColleaguesClaimWithinASecondAndWarnBeforeDeciding()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        const std::unique_ptr<Database> other = colleague();
        ReferralStore store(*other);
        QCOMPARE(store.claim(QStringLiteral("r0"), ClaimRequest{}, kNow, QStringLiteral("kim")).result, ActionOutcome::Result::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("kim has been handling this since")), 1000);
        m_fixture->press(Qt::Key_N);
        QCOMPARE(m_fixture->openDialog<QMessageBox>()->objectName(), QStringLiteral("claimWarningDialog"));
    }

    void shouldSayWhileTheServerIsAwayAndReloadOnceItIsBack()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        auto *indicator = m_fixture->window()->findChild<ConnectionIndicator *>(QStringLiteral("connectionIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());

        cutConnections();
        m_fixture->changes().checkNow();
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().contains(QStringLiteral("unreachable")), qPrintable(indicator->text()));

        // A decision while away is refused in words, and nothing of it is kept for later.
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        QVERIFY2(m_fixture->noticeText().contains(QStringLiteral("can't be reached")), qPrintable(m_fixture->noticeText()));

        allowConnections();
        {
            const std::unique_ptr<Database> other = colleague();
            ReferralStore store(*other);
            QVERIFY(store.insert({sampleReferral(QStringLiteral("meanwhile"), kNow.addSecs(-60))}, kNow, QStringLiteral("kim")).error.isEmpty());
        }
        m_fixture->changes().checkNow();
        QVERIFY(!indicator->isVisible());
        QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QStringLiteral("again")),
                 qPrintable(m_fixture->window()->statusBar()->currentMessage()));
        // What changed while away was never announced: the window reloaded it.
        QTRY_COMPARE(newTabText(), QStringLiteral("New (2)"));
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::New);

        // And it is live again: the subscription was made anew on the new connection.
        const std::unique_ptr<Database> other = colleague();
        ReferralStore store(*other);
        QVERIFY(store.insert({sampleReferral(QStringLiteral("after"), kNow.addSecs(-30))}, kNow, QStringLiteral("kim")).error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(newTabText(), QStringLiteral("New (3)"), 1000);
    }

    void shouldConnectThroughTheMenuAndRememberTheServerWithoutItsPassword()
    {
        ManualClock clock(kNow);
        Desk desk(clock, Session{});
        QTemporaryDir files;
        QVERIFY(desk.open(ConnectionSpec::sqliteFile(files.filePath(QStringLiteral("own.sqlite")))));
        MainWindow *window = desk.window();

        window->databaseActions()->connectAction()->trigger();
        ServerConnectionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ServerConnectionDialog *>(QStringLiteral("serverConnectionDialog"))) != nullptr);
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("serverAddress"));
        address->setText(QStringLiteral("mysql://somewhere/else"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("postgresql://")), qPrintable(dialog->problem()));
        address->setText(m_fixture->db().path());
        QVERIFY(dialog->okButton()->isEnabled());
        // The trust setup of the test server takes any password; what matters is where it goes.
        dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("s3cret-typed"));
        dialog->okButton()->click();

        QTRY_VERIFY(desk.window() != window);
        MainWindow *team = desk.window();
        QCOMPARE(team->connection().engine, ConnectionSpec::Engine::Postgresql);
        QCOMPARE(team->windowTitle(), QStringLiteral("%1 — Referral Desk").arg(databaseName()));
        // Decisions are the connected role's: the test server's administrator here.
        QCOMPARE(team->connection().session.actor, QStringLiteral("postgres"));
        const QString remembered = RecentDatabases::list().first();
        QCOMPARE(remembered, m_fixture->db().location().shownAs());
        QCOMPARE(RecentDatabases::lastServer(), remembered);
        QVERIFY(!team->statusBar()->currentMessage().contains(QStringLiteral("s3cret")));

        // The next time, the dialog suggests the same server.
        team->databaseActions()->connectAction()->trigger();
        QTRY_VERIFY((dialog = team->findChild<ServerConnectionDialog *>(QStringLiteral("serverConnectionDialog"))) != nullptr);
        QCOMPARE(dialog->address(), remembered);
        dialog->reject();
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
