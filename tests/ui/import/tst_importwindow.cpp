#include "changefeed.h"
#include "clock.h"
#include "deadlinechecker.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "translations.h"
#include "testfiles.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// Importing in the window: the report says what arrived where, and the window shows it.
class TestImportWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DeadlineChecker> m_checker;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<MainWindow> m_window;

    QString writeFile(const QString &name, const QByteArray &content) { return writeTestFile(m_files, name, content); }

    QList<FileImportReport> importAndWait(const QStringList &files, bool cancelAtOnce = false)
    {
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        m_window->importFiles(files);
        if (cancelAtOnce)
            m_window->importer()->cancel();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<QList<FileImportReport>>();
    }

    QString summary()
    {
        QDialog *report = nullptr;
        if (!QTest::qWaitFor([&] { return (report = m_window->findChild<QDialog *>(QStringLiteral("importReportDialog"))) != nullptr; }))
            return {};
        return report->findChild<QLabel *>(QStringLiteral("summary"))->text();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("referral-desk-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_importwindow"));
        installTranslations(QLocale(QLocale::English));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(DeadlinePolicy{}, Session{QStringLiteral("dana")});
        m_clock = std::make_unique<ManualClock>(kNow);
        m_checker = std::make_unique<DeadlineChecker>(m_db->store(), *m_clock);
        m_changes = ChangeFeed::open(m_db->database());
        m_window = std::make_unique<MainWindow>(Workspace{m_db->database(), m_db->store(), *m_changes, *m_checker, *m_clock});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_changes.reset();
        m_checker.reset();
        m_db.reset();
    }

    void shouldSayWhatArrivedInEachStatusAndShowWhereMostWent()
    {
        const QString file = writeFile(QStringLiteral("deals.json"), R"([
            {"id": "deal-1", "status": "Active", "updatedDateTime": "2026-08-01T00:00:00Z"},
            {"id": "deal-2", "status": "Active", "updatedDateTime": "2026-08-02T00:00:00Z"},
            {"id": "late", "createdDateTime": "2026-08-01T00:00:00Z"},
            {"id": "bad", "status": "Pending"}
        ])");
        m_window->tabs()->setCurrentIndex(int(Tab::New));
        const QList<FileImportReport> reports = importAndWait({file});
        QCOMPARE(reports.size(), 1);
        const QString text = summary();
        QVERIFY2(text.contains(QStringLiteral("3 referrals imported")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Negotiating: 2")) && text.contains(QStringLiteral("Missed: 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 arrived after its deadline and was archived at once")), qPrintable(text));
        QCOMPARE(m_window->tabs()->currentIndex(), int(Tab::Negotiating));
        QCOMPARE(m_db->store().find(QStringLiteral("late"))->status, Status::Missed);

        // The rejected record carries the number the command line gives it.
        auto *rejected = m_window->findChild<QDialog *>(QStringLiteral("importReportDialog"))->findChild<QTableWidget *>(QStringLiteral("rejected"));
        QVERIFY(rejected);
        QCOMPARE(rejected->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(reports.first().report.rejected.first().index, 3);
    }

    void shouldStopALongImportKeepingWhatIsStored()
    {
        QByteArray json = "[";
        for (int i = 0; i < 20000; ++i)
            json += QByteArray(i ? "," : "") + "{\"id\": \"bulk-" + QByteArray::number(i) + "\", \"createdDateTime\": \"2026-08-10T10:00:00Z\"}";
        json += "]";
        const QString file = writeFile(QStringLiteral("bulk.json"), json);
        const QList<FileImportReport> reports = importAndWait({file}, true);
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().report.cancelled);
        QVERIFY(reports.first().report.fileError.isEmpty());
        const int stored = m_db->store().countsByTab().value(Tab::New);
        QCOMPARE(stored, reports.first().report.imported);
        QVERIFY2(stored < 20000, qPrintable(QString::number(stored)));
        QVERIFY2(summary().contains(QStringLiteral("stopped")), qPrintable(summary()));
    }
};

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
