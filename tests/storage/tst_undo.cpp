#include "testdatabase.h"

#include <QTest>

using namespace rd;


namespace {

const QDateTime kReceived = utc("2026-07-01T09:00:00Z");
const QDateTime kDecided = kReceived.addSecs(2 * 3600);

ActionRequest request(Action action)
{
    return requestFor(action, QStringLiteral("Too far away"));
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void shouldRestoreASkippedReferralAndWithdrawTheNotice()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const Referral before = *db.store().find(QStringLiteral("r"));
        const ActionOutcome skipped = db.store().apply(QStringLiteral("r"), request(Action::Skip), kDecided, QStringLiteral("dana"));
        QCOMPARE(skipped.result, ActionOutcome::Result::Applied);
        // The notice waits out the undo window before it may be sent.
        QCOMPARE(db.scalar(QStringLiteral("SELECT not_before - created_at FROM outbox")).toLongLong(), kUndoWindowMs);

        const ActionOutcome undone = db.store().undo(QStringLiteral("r"), skipped.referral->version,
                                                     kDecided.addMSecs(kUndoWindowMs - 1), QStringLiteral("dana"));
        QCOMPARE(undone.result, ActionOutcome::Result::Applied);
        const Referral after = *db.store().find(QStringLiteral("r"));
        QCOMPARE(after.status, Status::New);
        QCOMPARE(after.statusSince, before.statusSince);
        QCOMPARE(after.deadline, before.deadline);
        QVERIFY(!after.closedAt.isValid());
        QVERIFY(after.reason.isEmpty());
        QCOMPARE(db.outbox().pendingCount(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE withdrawn_at IS NOT NULL")).toInt(), 1);
        const HistoryEntry last = db.store().history(QStringLiteral("r")).last();
        QCOMPARE(last.from, std::optional<Status>(Status::Skipped));
        QCOMPARE(last.to, Status::New);
    }

    void shouldRestoreADeclinedReferralWithItsEvaluatingDeadline()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        db.store().apply(QStringLiteral("r"), request(Action::Interested), kReceived.addSecs(60), QStringLiteral("dana"));
        const Referral evaluating = *db.store().find(QStringLiteral("r"));
        const ActionOutcome declined = db.store().apply(QStringLiteral("r"), request(Action::Decline), kDecided, QStringLiteral("dana"));
        const ActionOutcome undone = db.store().undo(QStringLiteral("r"), declined.referral->version, kDecided.addSecs(3), QStringLiteral("dana"));
        QCOMPARE(undone.result, ActionOutcome::Result::Applied);
        QCOMPARE(undone.referral->status, Status::Evaluating);
        QCOMPARE(undone.referral->deadline, evaluating.deadline);
        QCOMPARE(undone.referral->customer.contacts.size(), 1);
    }

    void shouldPutBackExactlyWhatWasStored_data()
    {
        QTest::addColumn<Status>("arrivedAs");
        QTest::addColumn<bool>("interestedFirst");
        QTest::addColumn<Action>("action");
        // Every state a referral can arrive in from which a rep can decide "No thanks" or Decline.
        QTest::newRow("arrived new, skipped") << Status::New << false << Action::Skip;
        QTest::newRow("arrived new, interested, declined") << Status::New << true << Action::Decline;
        QTest::newRow("arrived in evaluating, declined") << Status::Evaluating << false << Action::Decline;
    }

    void shouldPutBackExactlyWhatWasStored()
    {
        QFETCH(Status, arrivedAs);
        QFETCH(bool, interestedFirst);
        QFETCH(Action, action);
        TestDatabase db;
        Referral arriving = sampleReferral(QStringLiteral("r"), kReceived, arrivedAs);
        // It entered Evaluating in Partner Center a day after it was received.
        arriving.statusSince = arrivedAs == Status::Evaluating ? kReceived.addDays(1) : QDateTime();
        storeReferral(db.store(), arriving, kReceived.addDays(1));
        const QDateTime start = kReceived.addDays(1).addSecs(600);
        if (interestedFirst)
            db.store().apply(QStringLiteral("r"), request(Action::Interested), start, QStringLiteral("dana"));
        const Referral before = *db.store().find(QStringLiteral("r"));
        const ActionOutcome decided = db.store().apply(QStringLiteral("r"), request(action), start.addSecs(60), QStringLiteral("dana"));
        QCOMPARE(decided.result, ActionOutcome::Result::Applied);
        const ActionOutcome undone = db.store().undo(QStringLiteral("r"), decided.referral->version, start.addSecs(65), QStringLiteral("dana"));
        QCOMPARE(undone.result, ActionOutcome::Result::Applied);

        const Referral after = *db.store().find(QStringLiteral("r"));
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.receivedAt, before.receivedAt);
        QCOMPARE(after.statusSince, before.statusSince);
        QCOMPARE(after.deadline, before.deadline); // not a fresh 72 hours or 7 days
        QCOMPARE(after.respondBy, before.respondBy);
        QCOMPARE(after.closedAt, before.closedAt);
        QCOMPARE(after.acceptedAt, before.acceptedAt);
        QCOMPARE(after.customer, before.customer);
        QCOMPARE(after.details, before.details);
        QCOMPARE(after.estimate, before.estimate);
        QCOMPARE(after.finalValue, before.finalValue);
        QCOMPARE(after.reason, before.reason);
        QCOMPARE(after.reasonCode, before.reasonCode);
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.version, decided.referral->version + 1); // a change all the same
    }

    void shouldMakeTheDecisionFinalAfterTenSeconds()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const ActionOutcome skipped = db.store().apply(QStringLiteral("r"), request(Action::Skip), kDecided, QStringLiteral("dana"));
        const ActionOutcome late = db.store().undo(QStringLiteral("r"), skipped.referral->version, kDecided.addMSecs(kUndoWindowMs), QStringLiteral("dana"));
        QCOMPARE(late.result, ActionOutcome::Result::Refused);
        QVERIFY2(late.message.contains(QStringLiteral("final")), qPrintable(late.message));
        QCOMPARE(db.store().find(QStringLiteral("r"))->status, Status::Skipped);
        QCOMPARE(db.outbox().pendingCount(), 1);
    }

    void shouldNotUndoSomeoneElsesOrAnotherKindOfDecision()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const ActionOutcome skipped = db.store().apply(QStringLiteral("r"), request(Action::Skip), kDecided, QStringLiteral("dana"));
        QCOMPARE(db.store().undo(QStringLiteral("r"), skipped.referral->version, kDecided, QStringLiteral("alex")).result,
                 ActionOutcome::Result::Refused);
        QCOMPARE(db.store().undo(QStringLiteral("r"), skipped.referral->version - 1, kDecided, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Refused);

        storeReferral(db.store(), sampleReferral(QStringLiteral("s"), kReceived), kReceived);
        const ActionOutcome interested = db.store().apply(QStringLiteral("s"), request(Action::Interested), kDecided, QStringLiteral("dana"));
        QCOMPARE(db.store().undo(QStringLiteral("s"), interested.referral->version, kDecided, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Refused);
        QCOMPARE(db.store().find(QStringLiteral("s"))->status, Status::Evaluating);
    }

    void shouldNotUndoOnceTheNoticeIsSent()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const ActionOutcome skipped = db.store().apply(QStringLiteral("r"), request(Action::Skip), kDecided, QStringLiteral("dana"));
        QVERIFY(db.exec(QStringLiteral("UPDATE outbox SET sent_at = 1")));
        const ActionOutcome undone = db.store().undo(QStringLiteral("r"), skipped.referral->version, kDecided.addSecs(1), QStringLiteral("dana"));
        QCOMPARE(undone.result, ActionOutcome::Result::Refused);
        QCOMPARE(db.store().find(QStringLiteral("r"))->status, Status::Skipped);
    }

    void shouldNotDelayTheNoticeOfAMissedDeadline()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        db.store().sweep(kReceived.addDays(4));
        QCOMPARE(db.scalar(QStringLiteral("SELECT not_before = created_at FROM outbox")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
