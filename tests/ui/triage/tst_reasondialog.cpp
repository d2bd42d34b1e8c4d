#include "detailpane.h"
#include "reasondialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The reason dialog as the rep meets it after N, D or L: what looks chosen is what is recorded.
class TestReasonDialog : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    ReasonDialog *openNoThanks()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_N);
        auto *dialog = m_fixture->openDialog<ReasonDialog>();
        if (!QTest::qWaitForWindowActive(dialog))
            qFatal("the dialog did not become active");
        return dialog;
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_reasondialog")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldShowNoReasonAsChosenWhenNoThanksOpens()
    {
        ReasonDialog *dialog = openNoThanks();
        auto *presets = dialog->findChild<QListWidget *>(QStringLiteral("presets"));
        QTRY_VERIFY2(presets->hasFocus(), qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none")));
        QCOMPARE(presets->currentRow(), -1);
        QVERIFY(presets->selectedItems().isEmpty());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("chosenReason"))->text(),
                 QStringLiteral("No reason chosen: none will be recorded."));
        okButton(dialog)->click();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Skipped);
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->reason, QString());
    }

    void shouldShowTheReasonThatWillBeRecorded()
    {
        ReasonDialog *dialog = openNoThanks();
        auto *presets = dialog->findChild<QListWidget *>(QStringLiteral("presets"));
        auto *other = dialog->findChild<QLineEdit *>(QStringLiteral("otherReason"));
        auto *chosen = dialog->findChild<QLabel *>(QStringLiteral("chosenReason"));
        QTest::keyClick(presets, Qt::Key_3);
        QCOMPARE(chosen->text(), QStringLiteral("Reason: Customer too small for us"));

        // Own words replace the pick, and the list stops showing it as chosen.
        QTest::keyClicks(other, QStringLiteral("Busy"));
        QVERIFY(presets->selectedItems().isEmpty());
        QCOMPARE(chosen->text(), QStringLiteral("Reason: Busy"));

        // A pick replaces the own words.
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_1);
        QCOMPARE(other->text(), QString());
        QCOMPARE(dialog->reason(), QStringLiteral("Outside the regions we serve"));
        okButton(dialog)->click();
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->reason, QStringLiteral("Outside the regions we serve"));
    }

    void shouldStoreAPresetAsACodeAndShowItInTheReadersLanguage()
    {
        ReasonDialog *dialog = openNoThanks();
        QTest::keyClick(dialog->findChild<QListWidget *>(QStringLiteral("presets")), Qt::Key_5);
        okButton(dialog)->click();
        const Referral stored = *m_fixture->store().find(QStringLiteral("r0"));
        QCOMPARE(stored.reasonCode, QStringLiteral("no-capacity"));
        QCOMPARE(stored.reason, QStringLiteral("No capacity right now"));

        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        m_fixture->select(Tab::Archived, 0);
        QTRY_VERIFY2(m_fixture->window()->detailPane()->toPlainText().contains(QStringLiteral("현재 수용할 여력이 없음")),
                     qPrintable(m_fixture->window()->detailPane()->toPlainText()));
        m_fixture->window()->languageAction(QStringLiteral("en"))->trigger();
    }

    void shouldAskForAReasonToDeclineInItsOwnWords()
    {
        m_fixture->addEvaluatingReferral();
        m_fixture->openWindow();
        m_fixture->select(Tab::Evaluating, 0);
        m_fixture->press(Qt::Key_D);
        auto *dialog = m_fixture->openDialog<ReasonDialog>();
        auto *chosen = dialog->findChild<QLabel *>(QStringLiteral("chosenReason"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(chosen->text(), QStringLiteral("Choose a reason or write your own."));
        // Core's sentence would say the same thing twice.
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text(), QString());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otherReason")), QStringLiteral("Too far away"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Declined);
    }

    void shouldRefuseWhatCoreRefusesWithCoresReason()
    {
        ReasonDialog *dialog = openNoThanks();
        dialog->findChild<QLineEdit *>(QStringLiteral("otherReason"))->setText(QString(QChar(0xD800)) + QStringLiteral("Busy"));
        QVERIFY(!okButton(dialog)->isEnabled());
        ActionRequest typed = dialog->request();
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text(), checkDecisionValues(typed, kNow).message);
        QVERIFY(!dialog->problem().isEmpty());
    }

    void shouldKeepTypedReasonsAsTyped()
    {
        ReasonDialog *dialog = openNoThanks();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otherReason")), QStringLiteral("Out of office"));
        okButton(dialog)->click();
        const Referral stored = *m_fixture->store().find(QStringLiteral("r0"));
        QCOMPARE(stored.reasonCode, QString());
        QCOMPARE(stored.reason, QStringLiteral("Out of office"));
    }
};

QTEST_MAIN(TestReasonDialog)
#include "tst_reasondialog.moc"
