#include "noticebar.h"
#include "reasondialog.h"
#include "triagecontroller.h"
#include "windowfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The triage controller over a store whose policy is not the guide's: what it says and offers
// follows the store's rules, not numbers of its own.
class TestTriagePolicy : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;

    struct Desk
    {
        explicit Desk(const DeadlinePolicy &policy)
            : db(policy)
            , clock(kNow)
            , notices(clock, &window)
            , triage(db.store(), clock, QStringLiteral("dana"), notices, &window)
        {
            storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kNow.addSecs(-3600)), kNow);
            // The bar tells only what a visible window shows.
            window.show();
        }
        Referral referral() { return *db.store().find(QStringLiteral("r")); }

        TestDatabase db;
        ManualClock clock;
        QWidget window;
        NoticeBar notices;
        TriageController triage;
    };

    void skip(Desk &desk)
    {
        desk.triage.start(Action::Skip, desk.referral());
        auto *dialog = qobject_cast<ReasonDialog *>(desk.triage.openDialog());
        QVERIFY(dialog);
        okButton(dialog)->click();
        QCOMPARE(desk.referral().status, Status::Skipped);
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_triagepolicy")); }

    void shouldQuoteTheStoresEvaluatingWindow_data()
    {
        QTest::addColumn<qint64>("windowSeconds");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("the guide's seven days") << qint64(7 * 24 * 3600) << QStringLiteral("7 days");
        QTest::newRow("three days") << qint64(3 * 24 * 3600) << QStringLiteral("3 days");
        QTest::newRow("a day") << qint64(24 * 3600) << QStringLiteral("1 day");
        QTest::newRow("thirty-six hours") << qint64(36 * 3600) << QStringLiteral("36 hours");
    }

    void shouldQuoteTheStoresEvaluatingWindow()
    {
        QFETCH(qint64, windowSeconds);
        QFETCH(QString, quoted);
        DeadlinePolicy policy;
        policy.evaluatingWindowSeconds = windowSeconds;
        Desk desk(policy);
        desk.triage.start(Action::Interested, desk.referral());
        QCOMPARE(desk.notices.text(), QStringLiteral("Moved “RFI r” to Evaluating: the customer's details are now shown. "
                                                     "Accept or decline within %1.").arg(quoted));
        QCOMPARE(desk.referral().deadline, kNow.addSecs(windowSeconds));
    }

    void shouldOfferUndoUntilTheDecisionIsFinal()
    {
        Desk desk{DeadlinePolicy()};
        skip(desk);
        QVERIFY(desk.triage.canUndo());
        desk.clock.advance(kUndoWindowMs - 1);
        QVERIFY(desk.triage.canUndo());
        desk.clock.advance(1);
        QVERIFY(!desk.triage.canUndo());
        desk.triage.undo();
        QCOMPARE(desk.referral().status, Status::Skipped);
        QVERIFY2(desk.notices.text().startsWith(QStringLiteral("Nothing was undone: No thanks on “RFI r” became final after 10 seconds")),
                 qPrintable(desk.notices.text()));
    }

    void shouldUndoWithinTheWindowEvenWhenAnotherMessageCoveredTheButton()
    {
        Desk desk{DeadlinePolicy()};
        skip(desk);
        desk.notices.showMessage(QStringLiteral("Something else happened"));
        desk.clock.advance(kUndoWindowMs / 2);
        desk.triage.undo();
        QCOMPARE(desk.referral().status, Status::New);
        QVERIFY2(desk.notices.text().startsWith(QStringLiteral("Undone: “RFI r” is back in New")), qPrintable(desk.notices.text()));

        // Undone once is undone: a second Ctrl+Z has nothing left to take back.
        desk.triage.undo();
        QCOMPARE(desk.notices.text(), QStringLiteral("Nothing to undo: only No thanks and Decline can be taken back, within 10 seconds."));
    }
};

QTEST_MAIN(TestTriagePolicy)
#include "tst_triagepolicy.moc"
