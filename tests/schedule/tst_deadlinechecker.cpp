#include "clock.h"
#include "deadlinechecker.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;


namespace {

const QDateTime kReceived = utc("2026-06-01T00:00:00Z");
const QDateTime kDeadline = kReceived.addSecs(72 * 3600);

} // namespace

class TestDeadlineChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SweepResult>(); }

    void shouldArchiveWhatFellDueWhileTheAppWasClosedOnStart()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("old"), kReceived), kReceived);
        storeReferral(db.store(), sampleReferral(QStringLiteral("recent"), kReceived.addDays(5)), kReceived.addDays(5));
        ManualClock clock(kReceived.addDays(6));
        DeadlineChecker checker(db.store(), clock);
        QSignalSpy archived(&checker, &DeadlineChecker::archived);

        checker.start();

        QCOMPARE(archived.count(), 1);
        const SweepResult result = archived.takeFirst().at(0).value<SweepResult>();
        QCOMPARE(result.missed, QStringList{QStringLiteral("old")});
        QCOMPARE(db.store().find(QStringLiteral("old"))->status, Status::Missed);
        QCOMPARE(db.store().find(QStringLiteral("recent"))->status, Status::New);
        // It then sleeps until the next deadline, capped at an hour.
        QVERIFY(checker.isSleeping());
        QCOMPARE(checker.sleepInterval(), DeadlineChecker::kMaxSleepMs);
    }

    void shouldReportARowSetAsideEvenWhenNothingElseFellDue()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("damaged"), kReceived), kReceived);
        QVERIFY(db.exec(QStringLiteral("UPDATE referrals SET status = 'bogus' WHERE id = 'damaged'")));
        ManualClock clock(kDeadline.addSecs(60));
        DeadlineChecker checker(db.store(), clock);
        QSignalSpy archived(&checker, &DeadlineChecker::archived);

        checker.checkNow();

        QCOMPARE(archived.count(), 1);
        const SweepResult result = archived.takeFirst().at(0).value<SweepResult>();
        QVERIFY(result.isEmpty());
        QCOMPARE(result.setAside.size(), 1);
        QCOMPARE(result.setAside.first().id, QStringLiteral("damaged"));
    }

    void shouldSleepExactlyUntilANearDeadline()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        ManualClock clock(kDeadline.addMSecs(-1500));
        DeadlineChecker checker(db.store(), clock);
        checker.start();
        QCOMPARE(checker.sleepInterval(), qint64(1500));
    }

    void shouldArchiveNothingWhenTheTimerFiresEarly()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        ManualClock clock(kDeadline.addMSecs(-30));
        DeadlineChecker checker(db.store(), clock);
        QSignalSpy archived(&checker, &DeadlineChecker::archived);
        checker.start();
        QVERIFY(checker.isSleeping());

        // The real timer fires after 30 ms but the clock has not moved: an early
        // wake-up and must archive nothing.
        QTest::qWait(150);
        QCOMPARE(archived.count(), 0);
        QCOMPARE(db.store().find(QStringLiteral("r"))->status, Status::New);
        QVERIFY2(checker.isSleeping(), "after an early wake-up the checker sleeps again");

        clock.setNow(kDeadline);
        QVERIFY(archived.wait(2000));
        QCOMPARE(archived.first().at(0).value<SweepResult>().missed, QStringList{QStringLiteral("r")});
        QCOMPARE(db.store().find(QStringLiteral("r"))->status, Status::Missed);
        QVERIFY2(!checker.isSleeping(), "nothing is left to wait for");
    }

    void shouldRearmWhenReferralsChange()
    {
        TestDatabase db;
        ManualClock clock(kReceived);
        DeadlineChecker checker(db.store(), clock);
        checker.start();
        QVERIFY(!checker.isSleeping());

        // A referral received long ago arrives: its deadline is 10 seconds away.
        const QDateTime received = kReceived.addSecs(-72 * 3600 + 10);
        storeReferral(db.store(), sampleReferral(QStringLiteral("imported"), received), kReceived);
        QCOMPARE(checker.sleepInterval(), qint64(10000));

        ActionRequest interested;
        interested.action = Action::Interested;
        db.store().apply(QStringLiteral("imported"), interested, kReceived, QStringLiteral("rep"));
        QCOMPARE(checker.sleepInterval(), DeadlineChecker::kMaxSleepMs);
    }

    void shouldNeverAskQtForAnIntervalItCannotKeep()
    {
        DeadlinePolicy policy;
        policy.newWindowSeconds = 365LL * 24 * 3600; // far beyond QTimer's 24.8 days
        TestDatabase db(policy);
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        ManualClock clock(kReceived);
        DeadlineChecker checker(db.store(), clock);
        checker.start();
        QCOMPARE(checker.sleepInterval(), DeadlineChecker::kMaxSleepMs);
    }

    void shouldDoNothingOnceStopped()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        ManualClock clock(kDeadline);
        DeadlineChecker checker(db.store(), clock);
        checker.stop();
        checker.start();
        QVERIFY(checker.checkNow().isEmpty());
        QCOMPARE(db.store().find(QStringLiteral("r"))->status, Status::New);
        QVERIFY(!checker.isSleeping());
    }

    void shouldArchiveOnCheckNowWithoutBeingStarted()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        ManualClock clock(kDeadline);
        DeadlineChecker checker(db.store(), clock);
        const SweepResult result = checker.checkNow();
        QCOMPARE(result.missed, QStringList{QStringLiteral("r")});
        QVERIFY(!checker.isSleeping());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineChecker)
#include "tst_deadlinechecker.moc"
