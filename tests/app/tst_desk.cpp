#include "databaseactions.h"
#include "desk.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "recentdatabases.h"
#include "windowfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QFileDialog>
#include <QMenu>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// File > New database…, Open database… and Open recent, on real files.
class TestDesk : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;

    QString makeDatabase(const QString &name, int referrals)
    {
        const QString path = m_files.filePath(name);
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        if (!database)
            qFatal("cannot make %s", qPrintable(path));
        ReferralStore store(*database);
        QList<Referral> list;
        for (int i = 0; i < referrals; ++i)
            list.append(sampleReferral(QStringLiteral("%1-%2").arg(name).arg(i), kNow.addSecs(-3600 + i)));
        if (!list.isEmpty() && !store.insert(list, kNow, QStringLiteral("importer")).error.isEmpty())
            qFatal("cannot fill %s", qPrintable(path));
        return path;
    }

    // Answers the file dialog `name` that `action` opens with `path`.
    void answerFileDialog(MainWindow *window, QAction *action, const QString &name, const QString &path)
    {
        action->trigger();
        QFileDialog *dialog = nullptr;
        const auto visibleDialog = [&] {
            for (QFileDialog *candidate : window->findChildren<QFileDialog *>(name)) {
                if (candidate->isVisible())
                    return candidate;
            }
            return static_cast<QFileDialog *>(nullptr);
        };
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        // Typed into the dialog's own file name field, as a user would.
        auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(fileName);
        fileName->setText(path);
        QTest::keyClick(fileName, Qt::Key_Return);
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_desk")); }

    void shouldOpenAnotherDatabaseAndRememberIt()
    {
        const QString first = makeDatabase(QStringLiteral("first.sqlite"), 2);
        const QString second = makeDatabase(QStringLiteral("second.sqlite"), 3);
        ManualClock clock(kNow);
        Desk desk(clock, Session{QStringLiteral("dana")});
        QVERIFY(desk.open(ConnectionSpec::sqliteFile(first)));
        QPointer<MainWindow> old = desk.window();
        QCOMPARE(old->windowTitle(), QStringLiteral("first.sqlite — Referral Desk"));
        QCOMPARE(old->tabs()->tabText(0), QStringLiteral("New (2)"));

        answerFileDialog(old, old->databaseActions()->openAction(), QStringLiteral("openDatabaseDialog"), second);
        QTRY_VERIFY(desk.window() != old.data());
        QCOMPARE(desk.window()->windowTitle(), QStringLiteral("second.sqlite — Referral Desk"));
        QCOMPARE(desk.window()->tabs()->tabText(0), QStringLiteral("New (3)"));
        QVERIFY(desk.window()->isVisible());
        QTRY_VERIFY(old.isNull());
        QCOMPARE(RecentDatabases::list(), (QStringList{second, first}));

        // Open recent lists both, newest first, and opens the first again.
        QMenu *recent = desk.window()->databaseActions()->recentMenu();
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 2);
        recent->actions().at(1)->trigger();
        QTRY_COMPARE(desk.window()->windowTitle(), QStringLiteral("first.sqlite — Referral Desk"));
        QCOMPARE(RecentDatabases::list(), (QStringList{first, second}));
    }

    void shouldCreateANewDatabaseButNotOverAnExistingFile()
    {
        const QString current = makeDatabase(QStringLiteral("current.sqlite"), 1);
        const QString existing = makeDatabase(QStringLiteral("existing.sqlite"), 1);
        ManualClock clock(kNow);
        Desk desk(clock, Session{QStringLiteral("dana")});
        QVERIFY(desk.open(ConnectionSpec::sqliteFile(current)));
        MainWindow *window = desk.window();

        answerFileDialog(window, window->databaseActions()->newAction(), QStringLiteral("newDatabaseDialog"), existing);
        QTRY_VERIFY(window->noticeBar()->text().contains(QStringLiteral("already exists")));
        QCOMPARE(desk.window(), window);
        QCOMPARE(window->windowTitle(), QStringLiteral("current.sqlite — Referral Desk"));

        const QString fresh = m_files.filePath(QStringLiteral("fresh"));
        answerFileDialog(window, window->databaseActions()->newAction(), QStringLiteral("newDatabaseDialog"), fresh);
        QTRY_COMPARE(desk.window()->windowTitle(), QStringLiteral("fresh.sqlite — Referral Desk"));
        QVERIFY(QFileInfo::exists(fresh + QStringLiteral(".sqlite")));
        QVERIFY(desk.window()->showsEmptyState());
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
