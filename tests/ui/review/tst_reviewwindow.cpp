#include "archivedfilterbar.h"
#include "csvwriter.h"
#include "referraltabpage.h"
#include "detailpane.h"
#include "displaytext.h"
#include "exportrunner.h"
#include "referraltablemodel.h"
#include "reportfixture.h"
#include "reviewfilterbar.h"
#include "reviewmenu.h"
#include "reviewwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// The Review window over the report's fixed data set (reportfixture.h), in Seoul's time zone:
// the archive under several filters at once, the totals that follow them, a referral read-only
// with its history, and the rows the filters show exported on a worker thread.
class TestReviewWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    std::unique_ptr<WindowFixture> m_fixture;
    QPointer<ReviewWindow> m_window;

    QStringList shownIds() const
    {
        ReferralTableModel *model = m_window->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->referralAt(row).id);
        ids.sort();
        return ids;
    }

    // The totals as counted for the filters now on show.
    const ReferralTotals &totals()
    {
        QSignalSpy counted(m_window.data(), &ReviewWindow::totalsUpdated);
        [&] { QVERIFY(counted.wait(5000)); }();
        return *m_window->totals();
    }

    void choose(QComboBox *combo, const QVariant &data)
    {
        QTRY_VERIFY(combo->findData(data) > 0);
        combo->setCurrentIndex(combo->findData(data));
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_reviewwindow")); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(reportNow());
        buildReportFixture(m_fixture->db());
        m_fixture->openWindow();
        QAction *review = m_fixture->window()->reviewMenu()->reviewAction();
        QCOMPARE(review->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        review->trigger();
        m_window = m_fixture->window()->reviewMenu()->reviewWindow();
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
        QTRY_VERIFY(m_window->totals().has_value());
    }

    void cleanup()
    {
        m_fixture.reset();
    }

    void shouldShowTheWholeArchiveWithItsTotals()
    {
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("r01"), QStringLiteral("r02"), QStringLiteral("r03"), QStringLiteral("r04"),
                                          QStringLiteral("r05"), QStringLiteral("r09"), QStringLiteral("r12"), QStringLiteral("r13")}));
        const ReferralTotals &all = *m_window->totals();
        QCOMPARE(all.count, 8);
        QCOMPARE(all.value.size(), 1);
        QCOMPARE(all.value.at(0).minorUnits, 170000); // r01's EUR 1200.00 won and r09's EUR 500.00 estimate
        QVERIFY2(m_window->totalsText().contains(DisplayText::money(Money{170000, QStringLiteral("EUR")})), qPrintable(m_window->totalsText()));
        QVERIFY(m_window->totalsText().startsWith(QStringLiteral("8 referral")));
        // A second trigger brings the same window forward.
        m_fixture->window()->reviewMenu()->reviewAction()->trigger();
        QCOMPARE(m_fixture->window()->reviewMenu()->reviewWindow(), m_window.data());
    }

    void shouldFilterBySeveralOutcomesAtOnce()
    {
        m_window->filterBar()->outcomeBox(Status::Won)->setChecked(true);
        QCOMPARE(totals().count, 1);
        m_window->filterBar()->outcomeBox(Status::Lost)->setChecked(true);
        const ReferralTotals &wonOrLost = totals();
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("r01"), QStringLiteral("r09")}));
        QCOMPARE(wonOrLost.count, 2);
        QCOMPARE(wonOrLost.value.at(0).minorUnits, 170000);
        QVERIFY(m_window->totalsText().startsWith(QStringLiteral("2 referral")));
    }

    void shouldFilterByRepReasonAndClosingDays()
    {
        ReviewFilterBar *filters = m_window->filterBar();
        choose(filters->repFilter(), QStringLiteral("kim"));
        QCOMPARE(totals().count, 4);
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("r01"), QStringLiteral("r03"), QStringLiteral("r09"), QStringLiteral("r12")}));
        // A preset by its code: r12 gave it in Korean words, r02 (lee's) in English.
        choose(filters->reasonFilter(), QStringLiteral("code:outside-region"));
        QCOMPARE(totals().count, 1);
        QCOMPARE(shownIds(), QStringList{QStringLiteral("r12")});
        filters->repFilter()->setCurrentIndex(0);
        QCOMPARE(totals().count, 2);
        choose(filters->reasonFilter(), QStringLiteral("text:Too far away"));
        QCOMPARE(shownIds(), QStringList{QStringLiteral("r03")});
        filters->reasonFilter()->setCurrentIndex(0);
        totals();

        // Whole days in Seoul: March 10 starts at 15:00 UTC on the 9th; r01 closed on the 20th.
        filters->setClosedRange(QDate(2026, 3, 10), QDate(2026, 3, 20));
        QCOMPARE(totals().count, 4);
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("r01"), QStringLiteral("r05"), QStringLiteral("r09"), QStringLiteral("r13")}));
        // The country list holds the archive's countries, in the UI language.
        choose(filters->countryFilter(), QStringLiteral("KR"));
        QCOMPARE(totals().count, 4);
    }

    void shouldTakeTheArchivedTabsFiltersFurther()
    {
        m_window->close();
        QTRY_VERIFY(!m_window);
        ArchivedFilterBar *tab = m_fixture->window()->page(Tab::Archived)->filterBar();
        auto *outcome = tab->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Expired)));
        tab->reviewButton()->click();
        m_window = m_fixture->window()->reviewMenu()->reviewWindow();
        QVERIFY(m_window);
        QVERIFY(m_window->filterBar()->outcomeBox(Status::Expired)->isChecked());
        QVERIFY(!m_window->filterBar()->outcomeBox(Status::Won)->isChecked());
        QTRY_COMPARE(shownIds(), (QStringList{QStringLiteral("r05"), QStringLiteral("r13")}));
        QTRY_COMPARE(m_window->totals() ? m_window->totals()->count : -1, 2);
    }

    void shouldOpenAnArchivedReferralReadOnlyWithItsHistory()
    {
        const int row = [this] {
            for (int i = 0; i < m_window->model()->rowCount(); ++i) {
                if (m_window->model()->referralAt(i).id == QLatin1String("r01"))
                    return i;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        m_window->table()->selectRow(row);
        QCOMPARE(m_window->detailPane()->referralId(), std::optional<QString>(QStringLiteral("r01")));
        const QString shown = m_window->detailPane()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("kim")), qPrintable(shown));
        QVERIFY(shown.contains(statusTitle(Status::Won)));
        QVERIFY(shown.contains(statusTitle(Status::Negotiating)));
        // Nothing here decides: the window offers no triage actions.
        for (QAction *action : m_window->findChildren<QAction *>())
            QVERIFY2(action->shortcut().isEmpty() || action->shortcut() == QKeySequence(QKeySequence::Cancel),
                     qPrintable(action->shortcut().toString()));
    }

    void shouldExportTheFilteredRowsOnAWorkerThread()
    {
        m_window->filterBar()->outcomeBox(Status::Skipped)->setChecked(true);
        totals();
        const QString path = m_files.filePath(QStringLiteral("skipped.csv"));
        QSignalSpy finished(m_window.data(), &ReviewWindow::exportFinished);
        m_window->exportTo(ExportFormat::Csv, path);
        QVERIFY(m_window->exporter()->isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(0).value<ExportResult>().ok(), qPrintable(m_window->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QList<QStringList> records = parseCsv(file.readAll());
        QCOMPARE(records.size(), 3); // the header, r02 and r12
        const int idColumn = int(records.at(0).indexOf(QStringLiteral("id")));
        QVERIFY(idColumn >= 0);
        QStringList exported{records.at(1).at(idColumn), records.at(2).at(idColumn)};
        exported.sort();
        QCOMPARE(exported, shownIds());
        QVERIFY(m_window->statusText().contains(QStringLiteral("2 referral")));

        const QString workbook = m_files.filePath(QStringLiteral("skipped.xlsx"));
        m_window->exportTo(ExportFormat::Xlsx, workbook);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(1).at(0).value<ExportResult>().ok());
        QCOMPARE(finished.at(1).at(0).value<ExportResult>().rows, 2);
        QVERIFY(QFile::exists(workbook));
    }

    void shouldSayWhyAnExportFailed()
    {
        const QString path = m_files.filePath(QStringLiteral("no-such-folder/referrals.csv"));
        QSignalSpy finished(m_window.data(), &ReviewWindow::exportFinished);
        m_window->exportTo(ExportFormat::Csv, path);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).value<ExportResult>().ok());
        QVERIFY2(m_window->statusText().contains(QStringLiteral("does not exist")), qPrintable(m_window->statusText()));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("exportFailed"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!QFile::exists(path));
        box->close();
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
