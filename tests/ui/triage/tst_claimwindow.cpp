#include "claimcontroller.h"
#include "detailpane.h"
#include "reasondialog.h"
#include "referralcolumns.h"
#include "referraltabpage.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// Claims from the window: C claims, Shift+C lets go, H hands over; the detail pane and the
// Handled by column say who; deciding on a colleague's claim asks first.
class TestClaimWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window(); }

    QString handledByCell(Tab tab, int row) const
    {
        const ReferralTableModel *model = window()->page(tab)->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->columnAt(column) == Column::HandledBy)
                return model->data(model->index(row, column)).toString();
        }
        return QStringLiteral("(no Handled by column)");
    }

    QString claimantOf(const QString &id) { return m_fixture->store().find(id)->claimedBy; }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_claimwindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English));
    }

    void shouldClaimAndLetGoWithTheKeys()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        const QString id = m_fixture->select(Tab::New, 0);
        QAction *claim = window()->claims()->action(ClaimRequest::Change::Claim);
        QAction *release = window()->claims()->action(ClaimRequest::Change::Release);
        QVERIFY(claim->isEnabled());
        QVERIFY(!release->isEnabled());

        m_fixture->press(Qt::Key_C);
        QCOMPARE(claimantOf(id), QStringLiteral("dana"));
        QCOMPARE(m_fixture->window()->page(Tab::New)->currentId(), id); // a claim keeps the selection
        QCOMPARE(handledByCell(Tab::New, 0), QStringLiteral("dana"));
        const QString pane = window()->detailPane()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("dana has been handling this since")), qPrintable(pane));
        QVERIFY2(pane.contains(QStringLiteral("Claimed, by dana")), qPrintable(pane));
        QVERIFY2(m_fixture->noticeText().contains(QStringLiteral("You are handling")), qPrintable(m_fixture->noticeText()));
        QVERIFY(!claim->isEnabled());
        QVERIFY(release->isEnabled());

        m_fixture->press(Qt::Key_C, Qt::ShiftModifier);
        QCOMPARE(claimantOf(id), QString());
        QCOMPARE(handledByCell(Tab::New, 0), QString());
        QVERIFY2(window()->detailPane()->toPlainText().contains(QStringLiteral("Claim let go, by dana")), qPrintable(window()->detailPane()->toPlainText()));
        QVERIFY(claim->isEnabled());
    }

    void shouldWarnBeforeDecidingOnAColleaguesClaim()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        QCOMPARE(m_fixture->store().claim(QStringLiteral("r0"), ClaimRequest{}, kNow, QStringLiteral("kim")).result,
                 ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        QCOMPARE(handledByCell(Tab::New, 0), QStringLiteral("kim"));

        m_fixture->press(Qt::Key_N);
        auto *warning = m_fixture->openDialog<QMessageBox>();
        QCOMPARE(warning->objectName(), QStringLiteral("claimWarningDialog"));
        QVERIFY2(warning->text().startsWith(QStringLiteral("kim has been handling this since")), qPrintable(warning->text()));
        warning->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window()->triage()->openDialog());
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::New);

        m_fixture->press(Qt::Key_N);
        warning = m_fixture->openDialog<QMessageBox>();
        QAbstractButton *anyway = nullptr;
        for (QAbstractButton *button : warning->buttons()) {
            if (button->text() == QStringLiteral("Decide anyway"))
                anyway = button;
        }
        QVERIFY(anyway);
        anyway->click();
        okButton(m_fixture->openDialog<ReasonDialog>())->click();
        QTRY_COMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Skipped);
        QCOMPARE(m_fixture->store().history(QStringLiteral("r0")).constLast().actor, QStringLiteral("dana"));
        QCOMPARE(claimantOf(QStringLiteral("r0")), QString());
    }

    void ownClaimIsNoReasonToAsk()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        QCOMPARE(m_fixture->store().claim(QStringLiteral("r0"), ClaimRequest{}, kNow, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        QTRY_COMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Evaluating);
        QCOMPARE(claimantOf(QStringLiteral("r0")), QStringLiteral("dana"));
        QCOMPARE(handledByCell(Tab::Evaluating, 0), QStringLiteral("dana"));
    }

    void shouldHandAReferralToAColleague()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        // The one user of a file is their own manager.
        QAction *reassign = window()->claims()->action(ClaimRequest::Change::Reassign);
        QVERIFY(reassign->isVisible());
        QVERIFY(reassign->isEnabled());
        m_fixture->press(Qt::Key_H);
        auto *dialog = qobject_cast<QInputDialog *>(window()->claims()->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("reassignDialog"));
        dialog->setTextValue(QStringLiteral("lee"));
        dialog->accept();
        QTRY_COMPARE(claimantOf(QStringLiteral("r0")), QStringLiteral("lee"));
        QCOMPARE(handledByCell(Tab::New, 0), QStringLiteral("lee"));
        QVERIFY2(window()->detailPane()->toPlainText().contains(QStringLiteral("Handed to lee, by dana")), qPrintable(window()->detailPane()->toPlainText()));
    }

    void shouldSayInKorean()
    {
        installTranslations(QLocale(QLocale::Korean));
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        QCOMPARE(m_fixture->store().claim(QStringLiteral("r0"), ClaimRequest{}, kNow, QStringLiteral("kim")).result,
                 ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        const QString pane = window()->detailPane()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("kim 님이 ")), qPrintable(pane));
        QCOMPARE(window()->claims()->action(ClaimRequest::Change::Claim)->text(), QStringLiteral("맡기(&C)"));
    }
};

QTEST_MAIN(TestClaimWindow)
#include "tst_claimwindow.moc"
