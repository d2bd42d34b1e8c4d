#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-04-01T08:00:00Z");
const QDateTime kSoon = kReceived.addSecs(3600);

ActionRequest request(Action action, const QString &reason = {})
{
    return requestFor(action, reason);
}

struct Snapshot
{
    QString status;
    int version;
    int history;
    int outbox;
};

Snapshot snapshot(TestDatabase &db, const QString &id)
{
    return Snapshot{db.scalar(QStringLiteral("SELECT status FROM referrals WHERE id = ?"), {id}).toString(),
                    db.scalar(QStringLiteral("SELECT version FROM referrals WHERE id = ?"), {id}).toInt(),
                    db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE referral_id = ?"), {id}).toInt(),
                    int(db.outbox().list(id).size())};
}

void compareSnapshots(const Snapshot &actual, const Snapshot &expected)
{
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.history, expected.history);
    QCOMPARE(actual.outbox, expected.outbox);
}

} // namespace

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteStatusHistoryAndOutboxTogether()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const ActionOutcome outcome = db.store().apply(QStringLiteral("r"), request(Action::Skip, QStringLiteral("Not our field")),
                                                       kSoon, QStringLiteral("dana"));
        QCOMPARE(outcome.result, ActionOutcome::Result::Applied);
        compareSnapshots(snapshot(db, QStringLiteral("r")), Snapshot{QStringLiteral("skipped"), 2, 2, 1});
        const HistoryEntry last = db.store().history(QStringLiteral("r")).last();
        QCOMPARE(last.actor, QStringLiteral("dana"));
        QCOMPARE(last.reason, QStringLiteral("Not our field"));
        QCOMPARE(last.at, kSoon);
        const QList<OutboxMessage> notices = db.outbox().list(QStringLiteral("r"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().kind, QStringLiteral("customer-notice"));
    }

    void shouldRecordTheEstimateInHistory()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        db.store().apply(QStringLiteral("r"), request(Action::Interested), kSoon, QStringLiteral("dana"));
        ActionRequest accept = request(Action::Accept);
        accept.value = Money{1999, QStringLiteral("USD")};
        accept.closingDate = QDate(2026, 6, 30);
        accept.notes = QStringLiteral("Two workshops first");
        const ActionOutcome outcome = db.store().apply(QStringLiteral("r"), accept, kSoon, QStringLiteral("dana"));
        QCOMPARE(outcome.result, ActionOutcome::Result::Applied);
        QCOMPARE(outcome.referral->estimate->value, (Money{1999, QStringLiteral("USD")}));
        QCOMPARE(outcome.referral->estimate->notes, QStringLiteral("Two workshops first"));
        const HistoryEntry last = db.store().history(QStringLiteral("r")).last();
        QCOMPARE(last.value, std::optional<Money>(Money{1999, QStringLiteral("USD")}));
        QCOMPARE(last.closingDate, QDate(2026, 6, 30));
        QCOMPARE(db.outbox().pendingCount(), 0);

        // Won without a value takes the estimate.
        const ActionOutcome won = db.store().apply(QStringLiteral("r"), request(Action::Won), kSoon, QStringLiteral("dana"));
        QCOMPARE(won.referral->finalValue, std::optional<Money>(Money{1999, QStringLiteral("USD")}));
    }

    void shouldLeaveNothingHalfDoneWhenTheOutboxFails()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const Snapshot before = snapshot(db, QStringLiteral("r"));
        // The last of the three writes fails: the status and history written before it must go too.
        QVERIFY(db.failWrites(QStringLiteral("outbox"), QStringLiteral("INSERT"), QStringLiteral("disk trouble")));
        QSignalSpy changed(&db.store(), &ReferralStore::referralsChanged);

        const ActionOutcome outcome = db.store().apply(QStringLiteral("r"), request(Action::Skip), kSoon, QStringLiteral("dana"));
        QCOMPARE(outcome.result, ActionOutcome::Result::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("disk trouble")), qPrintable(outcome.message));
        compareSnapshots(snapshot(db, QStringLiteral("r")), before);
        QCOMPARE(changed.count(), 0);

        // Once the trouble is gone the same decision goes through.
        QVERIFY(db.allowWrites());
        QCOMPARE(db.store().apply(QStringLiteral("r"), request(Action::Skip), kSoon, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
    }

    void shouldLeaveNothingHalfDoneWhenHistoryFails()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const Snapshot before = snapshot(db, QStringLiteral("r"));
        QVERIFY(db.failWrites(QStringLiteral("referral_history"), QStringLiteral("INSERT"), QStringLiteral("no room")));
        QCOMPARE(db.store().apply(QStringLiteral("r"), request(Action::Interested), kSoon, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Failed);
        compareSnapshots(snapshot(db, QStringLiteral("r")), before);
    }

    void shouldKeepAMissedDeadlineAtomicToo()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const Snapshot before = snapshot(db, QStringLiteral("r"));
        QVERIFY(db.failWrites(QStringLiteral("outbox"), QStringLiteral("INSERT"), QStringLiteral("disk trouble")));
        const SweepResult result = db.store().sweep(kReceived.addDays(4));
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.isEmpty());
        compareSnapshots(snapshot(db, QStringLiteral("r")), before);
    }

    void shouldStoreNoneOfAnImportBatchThatFails()
    {
        TestDatabase db;
        QVERIFY(db.failWrites(QStringLiteral("referral_history"), QStringLiteral("INSERT"), QStringLiteral("broken"),
                                QStringLiteral("NEW.referral_id = 'c'")));
        const InsertResult result = db.store().insert({sampleReferral(QStringLiteral("a"), kReceived),
                                                       sampleReferral(QStringLiteral("b"), kReceived),
                                                       sampleReferral(QStringLiteral("c"), kReceived)},
                                                      kReceived, QStringLiteral("importer"));
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.inserted.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history")).toInt(), 0);
    }

    void shouldRefuseADecisionOnAStaleVersion()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const int seen = db.store().find(QStringLiteral("r"))->version;
        // Somebody else is faster.
        QCOMPARE(db.store().apply(QStringLiteral("r"), request(Action::Interested), kSoon, QStringLiteral("alex"), seen).result,
                 ActionOutcome::Result::Applied);
        const Snapshot before = snapshot(db, QStringLiteral("r"));

        const ActionOutcome outcome = db.store().apply(QStringLiteral("r"), request(Action::Skip), kSoon, QStringLiteral("dana"), seen);
        QCOMPARE(outcome.result, ActionOutcome::Result::Refused);
        QCOMPARE(outcome.refusal, Refusal::Conflict);
        QVERIFY2(outcome.message.contains(QStringLiteral("Evaluating")), qPrintable(outcome.message));
        compareSnapshots(snapshot(db, QStringLiteral("r")), before);
    }

    void shouldSeeAnotherConnectionsDecision()
    {
        // Two connections to one file, as the window and the command line would have.
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        DatabaseError error;
        std::unique_ptr<Database> other = Database::open(db.database().spec(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ReferralStore otherStore(*other);
        QCOMPARE(otherStore.apply(QStringLiteral("r"), request(Action::Interested), kSoon, QStringLiteral("cli")).result,
                 ActionOutcome::Result::Applied);
        const ActionOutcome second = db.store().apply(QStringLiteral("r"), request(Action::Interested), kSoon, QStringLiteral("window"));
        QCOMPARE(second.result, ActionOutcome::Result::Refused);
        QCOMPARE(second.refusal, Refusal::NotAllowed);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE referral_id = 'r'")).toInt(), 2);
    }

    void shouldSayWhenThereIsNoSuchReferral()
    {
        TestDatabase db;
        const ActionOutcome outcome = db.store().apply(QStringLiteral("ghost"), request(Action::Interested), kSoon, QStringLiteral("dana"));
        QCOMPARE(outcome.result, ActionOutcome::Result::NotFound);
        QVERIFY(outcome.message.contains(QStringLiteral("ghost")));
    }
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
