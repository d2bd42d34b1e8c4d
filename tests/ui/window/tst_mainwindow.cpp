#include "acceptdialog.h"
#include "clock.h"
#include "deadlinechecker.h"
#include "detailpane.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "moneyinput.h"
#include "noticebar.h"
#include "reasondialog.h"
#include "referraltabpage.h"
#include "windowfixture.h"
#include "translations.h"
#include "triagecontroller.h"
#include "wondialog.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The window as a rep uses it: select, press a key, fill the dialog, and check both the views
// and the database.
class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    void openWindow() { m_fixture->openWindow(); }
    void addReferrals(int count, const QDateTime &received) { m_fixture->addReferrals(count, received); }
    void addEvaluatingReferral() { m_fixture->addEvaluatingReferral(); }
    Status statusOf(const QString &id) { return m_fixture->statusOf(id); }
    QString select(Tab tab, int row) { return m_fixture->select(tab, row); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { m_fixture->press(key, modifiers); }
    template<typename Dialog>
    Dialog *openDialog() { return m_fixture->openDialog<Dialog>(); }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_mainwindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldMoveAReferralToEvaluatingOnI()
    {
        addReferrals(3, kNow.addSecs(-3600));
        openWindow();
        QCOMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (3)"));
        const QString id = select(Tab::New, 0);
        QVERIFY(m_fixture->window()->triageAction(Action::Interested)->isEnabled());
        QVERIFY(!m_fixture->window()->triageAction(Action::Accept)->isEnabled());
        press(Qt::Key_I);

        QCOMPARE(statusOf(id), Status::Evaluating);
        QCOMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (2)"));
        QCOMPARE(m_fixture->window()->tabs()->tabText(1), QStringLiteral("Evaluating (1)"));
        QCOMPARE(m_fixture->window()->page(Tab::Evaluating)->model()->rowCount(), 1);
        // Triage goes on with the next referral, and the pane shows it.
        const QString next = m_fixture->window()->currentPage()->currentId();
        QVERIFY(!next.isEmpty() && next != id);
        QCOMPARE(m_fixture->window()->detailPane()->referralId(), std::optional<QString>(next));
        QCOMPARE(m_fixture->db().store().history(id).last().actor, QStringLiteral("dana"));
    }

    void shouldShowTheContactsTheTableLeavesOut()
    {
        addEvaluatingReferral();
        openWindow();
        const QString id = select(Tab::Evaluating, 0);
        QCOMPARE(id, QStringLiteral("r0"));
        // The list reads no contacts; the pane reads the referral by its id and shows them.
        QVERIFY(m_fixture->window()->currentPage()->currentReferral()->customer.contacts.isEmpty());
        const QString shown = m_fixture->window()->detailPane()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("minji.park@hanbit.example")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("+82 2 555 0100")));
    }

    void shouldSkipWithAReasonAndUndoWithinTenSeconds()
    {
        addReferrals(2, kNow.addSecs(-3600));
        openWindow();
        const QString id = select(Tab::New, 0);
        press(Qt::Key_N);
        auto *dialog = openDialog<ReasonDialog>();
        QVERIFY(okButton(dialog)->isEnabled()); // a reason is optional for No thanks
        QTest::keyClick(dialog->findChild<QListWidget *>(QStringLiteral("presets")), Qt::Key_2);
        QCOMPARE(dialog->reason(), ReasonDialog::presets(Action::Skip).at(1));
        okButton(dialog)->click();

        QCOMPARE(statusOf(id), Status::Skipped);
        QCOMPARE(m_fixture->db().store().find(id)->reason, ReasonDialog::presets(Action::Skip).at(1));
        QCOMPARE(m_fixture->db().outbox().pendingCount(), 1);
        QVERIFY(m_fixture->window()->undoAction()->isEnabled());
        QVERIFY(m_fixture->window()->noticeBar()->text().contains(QStringLiteral("Skipped")));

        m_fixture->clock().advance(4000);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(id), Status::New);
        QCOMPARE(m_fixture->db().outbox().pendingCount(), 0);
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 2);
        QVERIFY(!m_fixture->window()->undoAction()->isEnabled());
        QVERIFY(m_fixture->window()->noticeBar()->text().contains(QStringLiteral("Undone")));
    }

    void shouldMakeTheDecisionFinalAfterTheUndoWindow()
    {
        addReferrals(1, kNow.addSecs(-3600));
        openWindow();
        const QString id = select(Tab::New, 0);
        press(Qt::Key_N);
        okButton(openDialog<ReasonDialog>())->click();
        QCOMPARE(statusOf(id), Status::Skipped);

        m_fixture->clock().advance(kUndoWindowMs + 1);
        m_fixture->window()->noticeBar()->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
        QCOMPARE(statusOf(id), Status::Skipped);
        QCOMPARE(m_fixture->db().outbox().pendingCount(), 1);
        QVERIFY2(m_fixture->window()->noticeBar()->text().contains(QStringLiteral("final")), qPrintable(m_fixture->window()->noticeBar()->text()));
    }

    void shouldAcceptThroughADialogThatValidatesAsYouType()
    {
        addEvaluatingReferral();
        openWindow();
        select(Tab::Evaluating, 0);
        press(Qt::Key_A);
        auto *dialog = openDialog<AcceptDialog>();
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        auto *currency = dialog->findChild<QComboBox *>(QStringLiteral("currency"));
        auto *closing = dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"));
        QCOMPARE(currency->currentText(), QStringLiteral("KRW")); // the customer's currency
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(amount, QStringLiteral("1500000.5"));
        QVERIFY(!okButton(dialog)->isEnabled()); // KRW has no decimals
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1,500,000"));
        QVERIFY(okButton(dialog)->isEnabled());
        closing->clear();
        QTest::keyClicks(closing, QStringLiteral("12/24/2026"));
        okButton(dialog)->click();

        const Referral accepted = *m_fixture->db().store().find(QStringLiteral("r0"));
        QCOMPARE(accepted.status, Status::Negotiating);
        QCOMPARE(accepted.estimate->value, (Money{1500000, QStringLiteral("KRW")}));
        QCOMPARE(accepted.estimate->closingDate, QDate(2026, 12, 24));
        QCOMPARE(m_fixture->window()->page(Tab::Negotiating)->model()->rowCount(), 1);

        // Won, with the estimate prefilled.
        select(Tab::Negotiating, 0);
        press(Qt::Key_W);
        auto *won = openDialog<WonDialog>();
        QCOMPARE(won->findChild<QLineEdit *>(QStringLiteral("amount"))->text(), QStringLiteral("1500000"));
        okButton(won)->click();
        QCOMPARE(statusOf(QStringLiteral("r0")), Status::Won);
        QCOMPARE(m_fixture->db().store().find(QStringLiteral("r0"))->finalValue, std::optional<Money>(Money{1500000, QStringLiteral("KRW")}));

        // Archived referrals are read-only.
        select(Tab::Archived, 0);
        for (Action action : allActions())
            QVERIFY(!m_fixture->window()->triageAction(action)->isEnabled());
    }

    void shouldNotDeclineWithoutAReason()
    {
        addEvaluatingReferral();
        openWindow();
        select(Tab::Evaluating, 0);
        press(Qt::Key_D);
        auto *dialog = openDialog<ReasonDialog>();
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otherReason")), QStringLiteral("We only serve Busan"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(statusOf(QStringLiteral("r0")), Status::Declined);
        QCOMPARE(m_fixture->db().store().find(QStringLiteral("r0"))->reason, QStringLiteral("We only serve Busan"));
    }

    void shouldExplainARefusalWhenTheDeadlineHasPassed()
    {
        addReferrals(2, kNow.addSecs(-71 * 3600));
        openWindow();
        const QString id = select(Tab::New, 0);
        m_fixture->clock().advance(2 * 3600 * 1000); // past the 72 hours, before any sweep
        press(Qt::Key_I);
        QCOMPARE(statusOf(id), Status::Missed);
        QVERIFY2(m_fixture->window()->noticeBar()->text().contains(QStringLiteral("Missed")), qPrintable(m_fixture->window()->noticeBar()->text()));
        QCOMPARE(m_fixture->window()->page(Tab::Archived)->model()->rowCount(), 1);
    }

    void shouldTellWhenTheSelectedReferralRunsOutOfTime()
    {
        addReferrals(1, kNow.addSecs(-72 * 3600 + 60));
        openWindow();
        const QString id = select(Tab::New, 0);
        m_fixture->clock().advance(61 * 1000);
        m_fixture->checker().checkNow();
        QCOMPARE(statusOf(id), Status::Missed);
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 0);
        QCOMPARE(m_fixture->window()->page(Tab::Archived)->model()->rowCount(), 1);
        QCOMPARE(m_fixture->window()->detailPane()->referralId(), std::optional<QString>(id));
        QVERIFY2(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("Time ran out")),
                 qPrintable(m_fixture->window()->detailPane()->toPlainText()));
        QVERIFY(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("by the deadline checker")));
    }

    void shouldImportAndReportRejectedRecords()
    {
        openWindow();
        QVERIFY(m_fixture->window()->showsEmptyState());
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, QStringLiteral("referrals.json"),
                                           R"({"value": [{"id": "a"}, {"id": "b", "status": "Pending"}, {"id": "c"}]})");

        QSignalSpy finished(m_fixture->window()->importer(), &ImportController::finished);
        m_fixture->window()->importFiles({file});
        QVERIFY(finished.wait(10000));
        QDialog *report = nullptr;
        QTRY_VERIFY((report = m_fixture->window()->findChild<QDialog *>(QStringLiteral("importReportDialog"))) != nullptr);
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("2 referrals imported")));
        auto *rejected = report->findChild<QTableWidget *>(QStringLiteral("rejected"));
        QVERIFY(rejected);
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 2)->text(), QStringLiteral("b"));
        QVERIFY(rejected->item(0, 3)->text().contains(QStringLiteral("status")));
        QVERIFY(!m_fixture->window()->showsEmptyState());
        QCOMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (2)"));
    }

    void shouldImportJsonFilesDroppedOnTheWindow()
    {
        openWindow();
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, QStringLiteral("dropped.json"), R"([{"id": "dropped-1"}, {"id": "dropped-2"}])");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
        const QPoint centre = m_fixture->window()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_fixture->window(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_fixture->window()->importer(), &ImportController::finished);
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_fixture->window(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_fixture->db().store().countsByTab().value(Tab::New), 2);
        QTRY_COMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (2)"));
    }

    void shouldMoveWithJAndKAndSearchAsYouType()
    {
        Referral korean = sampleReferral(QStringLiteral("kr"), kNow.addSecs(-7200));
        korean.details.notes = QStringLiteral("고객이 보안 점검을 원합니다");
        storeReferral(m_fixture->db().store(), korean, kNow);
        addReferrals(3, kNow.addSecs(-3600));
        openWindow();
        select(Tab::New, 0);
        press(Qt::Key_J);
        QCOMPARE(m_fixture->window()->currentPage()->view()->currentIndex().row(), 1);
        press(Qt::Key_J);
        press(Qt::Key_K);
        QCOMPARE(m_fixture->window()->currentPage()->view()->currentIndex().row(), 1);

        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_fixture->window()->searchField()->hasFocus());
        // QTest::keyClicks types ASCII only: Korean arrives as key events carrying text.
        for (const QChar character : QStringLiteral("보안"))
            QTest::sendKeyEvent(QTest::Click, m_fixture->window()->searchField(), Qt::Key_unknown, QString(character), Qt::NoModifier);
        QTRY_COMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 1);
        m_fixture->window()->searchField()->clear();
        QTRY_COMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 4);
    }

    void shouldLoadSamplesFromTheEmptyState()
    {
        openWindow();
        QVERIFY(m_fixture->window()->showsEmptyState());
        m_fixture->window()->findChild<QPushButton *>(QStringLiteral("samplesButton"))->click();
        QVERIFY(!m_fixture->window()->showsEmptyState());
        int total = 0;
        for (Tab tab : allTabs())
            total += m_fixture->db().store().countsByTab().value(tab);
        QCOMPARE(total, 200);
        QVERIFY(m_fixture->db().store().countsByTab().value(Tab::New) > 0);
        QVERIFY(m_fixture->db().store().countsByTab().value(Tab::Archived) > 0);
    }

    void shouldOfferSamplesOnlyOnAnEmptyDatabaseAndRemoveThemTogether()
    {
        openWindow();
        auto *load = m_fixture->window()->findChild<QAction *>(QStringLiteral("loadSamplesAction"));
        auto *remove = m_fixture->window()->findChild<QAction *>(QStringLiteral("removeSamplesAction"));
        QVERIFY(load->isEnabled());
        QVERIFY(!remove->isEnabled());
        load->trigger();
        QVERIFY(!load->isEnabled());
        QVERIFY(remove->isEnabled());

        // A real referral arrives among them; removing the samples leaves it alone.
        storeReferral(m_fixture->store(), sampleReferral(QStringLiteral("real"), kNow.addSecs(-60)), kNow);
        remove->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_fixture->window()->findChild<QMessageBox *>(QStringLiteral("removeSamplesQuestion"))) != nullptr);
        QVERIFY2(question->text().contains(QStringLiteral("200 sample referrals")), qPrintable(question->text()));
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(m_fixture->store().sampleCount(), 0);
        QVERIFY(m_fixture->store().find(QStringLiteral("real")));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!load->isEnabled()); // the database is not empty: the real referral is there
        QVERIFY2(m_fixture->noticeText().contains(QStringLiteral("200 sample referrals removed")), qPrintable(m_fixture->noticeText()));
    }

    void shouldRememberTabSortAndFilters()
    {
        addReferrals(3, kNow.addSecs(-3600));
        openWindow();
        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::Archived));
        ReferralTableModel *model = m_fixture->window()->page(Tab::New)->model();
        const int received = model->columnOf(Column::Received);
        m_fixture->window()->page(Tab::New)->view()->sortByColumn(received, Qt::DescendingOrder);
        m_fixture->window()->close();

        openWindow();
        QCOMPARE(m_fixture->window()->tabs()->currentIndex(), int(Tab::Archived));
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->sortColumn(), received);
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->sortOrder(), Qt::DescendingOrder);
    }

    void shouldSwitchLanguageLiveWithAnOpenDialog()
    {
        addReferrals(2, kNow.addSecs(-3600));
        openWindow();
        select(Tab::New, 0);
        press(Qt::Key_N);
        auto *dialog = openDialog<ReasonDialog>();
        ReferralTableModel *model = m_fixture->window()->page(Tab::New)->model();
        const int timeLeft = model->columnOf(Column::TimeLeft);
        const auto expectEnglish = [&] {
            QCOMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (2)"));
            QCOMPARE(m_fixture->window()->tabs()->tabText(3), QStringLiteral("Archived (0)"));
            QCOMPARE(model->headerData(timeLeft, Qt::Horizontal).toString(), QStringLiteral("Time left"));
            QCOMPARE(m_fixture->window()->triageAction(Action::Interested)->text(), QStringLiteral("I'm &interested"));
            QCOMPARE(dialog->windowTitle(), QStringLiteral("No thanks"));
            QVERIFY(model->data(model->index(0, timeLeft)).toString().endsWith(QStringLiteral("days")));
            QVERIFY(m_fixture->window()->languageAction(QStringLiteral("en"))->isChecked());
        };
        expectEnglish();

        // Qt delivers LanguageChange to each window through the event queue.
        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_COMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("새 추천 (2)"));
        QCOMPARE(m_fixture->window()->tabs()->tabText(1), QStringLiteral("평가 (0)"));
        QCOMPARE(m_fixture->window()->tabs()->tabText(2), QStringLiteral("협상 중 (0)"));
        QCOMPARE(m_fixture->window()->tabs()->tabText(3), QStringLiteral("보관된 추천 (0)"));
        QCOMPARE(model->headerData(timeLeft, Qt::Horizontal).toString(), QStringLiteral("남은 시간"));
        QVERIFY(m_fixture->window()->triageAction(Action::Interested)->text().startsWith(QStringLiteral("관심 있음")));
        QVERIFY(m_fixture->window()->triageAction(Action::Skip)->text().startsWith(QStringLiteral("관심 없음")));
        QVERIFY(m_fixture->window()->triageAction(Action::Interested)->toolTip().contains(QStringLiteral("평가")));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("관심 없음"));
        // Qt's own buttons speak Korean too (qtbase_ko.qm).
        QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
        QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("presets"))->item(0)->text().contains(QStringLiteral("지역")));
        QVERIFY2(model->data(model->index(0, timeLeft)).toString().endsWith(QStringLiteral("일")),
                 qPrintable(model->data(model->index(0, timeLeft)).toString()));
        QVERIFY(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("정보 요청서")));
        QVERIFY(m_fixture->window()->languageAction(QStringLiteral("ko"))->isChecked());
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));

        m_fixture->window()->languageAction(QStringLiteral("en"))->trigger();
        QTRY_COMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (2)"));
        expectEnglish();
        QVERIFY(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("Request for information")));
        dialog->reject();
        installTranslations(QLocale(QLocale::English));
    }

    void shouldAnnounceDeadlinesWithinFourHoursAndOneHour()
    {
        addReferrals(1, kNow.addSecs(-69 * 3600)); // three hours left
        openWindow();
        QSignalSpy alerts(m_fixture->window(), &MainWindow::alerted);
        m_fixture->window()->tick();
        QCOMPARE(alerts.count(), 0); // already announced when the window opened
        m_fixture->clock().advance(2LL * 3600 * 1000 + 60 * 1000);
        m_fixture->window()->tick();
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.first().at(0).toString().contains(QStringLiteral("hour")));
        m_fixture->window()->tick();
        QCOMPARE(alerts.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
