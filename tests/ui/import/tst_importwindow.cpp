#include "importcontroller.h"
#include "testfiles.h"
#include "windowfixture.h"

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
    std::unique_ptr<WindowFixture> m_fixture;

    QString writeFile(const QString &name, const QByteArray &content) { return writeTestFile(m_files, name, content); }

    QList<FileImportReport> importAndWait(const QStringList &files, bool cancelAtOnce = false)
    {
        QSignalSpy finished(m_fixture->window()->importer(), &ImportController::finished);
        m_fixture->window()->importFiles(files);
        if (cancelAtOnce)
            m_fixture->window()->importer()->cancel();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<QList<FileImportReport>>();
    }

    QString summary()
    {
        QDialog *report = nullptr;
        if (!QTest::qWaitFor([&] { return (report = m_fixture->window()->findChild<QDialog *>(QStringLiteral("importReportDialog"))) != nullptr; }))
            return {};
        return report->findChild<QLabel *>(QStringLiteral("summary"))->text();
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_importwindow")); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(kNow);
        m_fixture->openWindow();
    }

    void cleanup() { m_fixture.reset(); }

    void shouldSayWhatArrivedInEachStatusAndShowWhereMostWent()
    {
        const QString file = writeFile(QStringLiteral("deals.json"), R"([
            {"id": "deal-1", "status": "Active", "updatedDateTime": "2026-08-01T00:00:00Z"},
            {"id": "deal-2", "status": "Active", "updatedDateTime": "2026-08-02T00:00:00Z"},
            {"id": "late", "createdDateTime": "2026-08-01T00:00:00Z"},
            {"id": "bad", "status": "Pending"}
        ])");
        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::New));
        const QList<FileImportReport> reports = importAndWait({file});
        QCOMPARE(reports.size(), 1);
        const QString text = summary();
        QVERIFY2(text.contains(QStringLiteral("3 referrals imported")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Negotiating: 2")) && text.contains(QStringLiteral("Missed: 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 arrived after its deadline and was archived at once")), qPrintable(text));
        QCOMPARE(m_fixture->window()->tabs()->currentIndex(), int(Tab::Negotiating));
        QCOMPARE(m_fixture->db().store().find(QStringLiteral("late"))->status, Status::Missed);

        // The rejected record carries the number the command line gives it.
        auto *rejected = m_fixture->window()->findChild<QDialog *>(QStringLiteral("importReportDialog"))->findChild<QTableWidget *>(QStringLiteral("rejected"));
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
        const int stored = m_fixture->db().store().countsByTab().value(Tab::New);
        QCOMPARE(stored, reports.first().report.imported);
        QVERIFY2(stored < 20000, qPrintable(QString::number(stored)));
        QVERIFY2(summary().contains(QStringLiteral("stopped")), qPrintable(summary()));
    }
};

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
