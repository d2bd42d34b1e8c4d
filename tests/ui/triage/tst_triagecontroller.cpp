#include "reasondialog.h"
#include "windowfixture.h"
#include "wondialog.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// What the window says about a decision: which referral, what happened, and why not.
class TestTriageController : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_triagecontroller")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldSayWhyCtrlZDidNothingAfterTheGrace()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        const QString id = m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_N);
        okButton(m_fixture->openDialog<ReasonDialog>())->click();
        m_fixture->clock().advance(kUndoWindowMs + 1);
        QTRY_VERIFY(!m_fixture->window()->undoAction()->isEnabled());

        m_fixture->press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_fixture->statusOf(id), Status::Skipped);
        QCOMPARE(m_fixture->noticeText(),
                 QStringLiteral("Nothing was undone: No thanks on “RFI %1” became final after 10 seconds, and the customer is told to "
                                "choose another partner.").arg(id));
    }

    void shouldNameWhoChangedTheReferralFirstAndShowItAnew()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        {
            // A colleague, on a connection of their own, before this window has heard of it.
            DatabaseError error;
            const std::unique_ptr<Database> other = Database::open(m_fixture->db().location().spec(Session{QStringLiteral("kim")}), &error);
            QVERIFY2(other, qPrintable(error.message));
            ReferralStore kim(*other);
            QCOMPARE(kim.apply(QStringLiteral("r0"), requestFor(Action::Interested, {}), kNow, QStringLiteral("kim")).result,
                     ActionOutcome::Result::Applied);
        }
        m_fixture->press(Qt::Key_I);
        QVERIFY2(m_fixture->noticeText().startsWith(QStringLiteral("“RFI r0”: kim changed this referral at ")), qPrintable(m_fixture->noticeText()));
        // Shown as it is now, without waiting for the change feed.
        QCOMPARE(m_fixture->window()->tabs()->tabText(0), QStringLiteral("New (0)"));
        QCOMPARE(m_fixture->window()->tabs()->tabText(1), QStringLiteral("Evaluating (1)"));
        QCOMPARE(m_fixture->db().scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE referral_id = 'r0'")).toInt(), 2);
    }

    void shouldSayThereIsNothingToUndo()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        m_fixture->press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_fixture->noticeText(), QStringLiteral("Nothing to undo: only No thanks and Decline can be taken back, within 10 seconds."));
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Evaluating);
    }

    void shouldNameTheReferralInEveryMessage()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-71 * 3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        QVERIFY2(m_fixture->noticeText().startsWith(QStringLiteral("Moved “RFI r0” to Evaluating")), qPrintable(m_fixture->noticeText()));

        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_N);
        okButton(m_fixture->openDialog<ReasonDialog>())->click();
        QVERIFY(m_fixture->noticeText().startsWith(QStringLiteral("Skipped “RFI r1”.")));
        m_fixture->press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(m_fixture->noticeText().startsWith(QStringLiteral("Undone: “RFI r1” is back in New")), qPrintable(m_fixture->noticeText()));

        // A refusal names the referral too.
        m_fixture->select(Tab::New, 0);
        m_fixture->clock().advance(2 * 3600 * 1000);
        m_fixture->press(Qt::Key_I);
        QVERIFY2(m_fixture->noticeText().startsWith(QStringLiteral("“RFI r1”: ")), qPrintable(m_fixture->noticeText()));
    }

    void shouldSpeakBeforeTheFactInTheWonDialog()
    {
        m_fixture->addEvaluatingReferral();
        ActionRequest accept;
        accept.action = Action::Accept;
        accept.value = Money{1500000, QStringLiteral("KRW")};
        accept.closingDate = QDate(2026, 12, 24);
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r0"), accept, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        m_fixture->select(Tab::Negotiating, 0);
        m_fixture->press(Qt::Key_W);
        auto *dialog = m_fixture->openDialog<WonDialog>();
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("intro"))->text(),
                 QStringLiteral("Report “RFI r0” as won: the deal will be archived as Won with this final deal value."));
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Negotiating);
        okButton(dialog)->click();
        QCOMPARE(m_fixture->noticeText(), QStringLiteral("Archived “RFI r0” as Won."));
    }
};

QTEST_MAIN(TestTriageController)
#include "tst_triagecontroller.moc"
