#include "outbox.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-07-01T09:00:00Z");
const QDateTime kDecided = kReceived.addSecs(3600);

ActionRequest request(Action action)
{
    return requestFor(action, QStringLiteral("Outside our region"));
}

// A referral the rep declined at kDecided: its notice waits out the undo grace.
void declineOne(TestDatabase &db, const QString &id)
{
    storeReferral(db.store(), sampleReferral(id, kReceived), kReceived);
    QCOMPARE(db.store().apply(id, request(Action::Interested), kReceived.addSecs(60), QStringLiteral("dana")).result,
             ActionOutcome::Result::Applied);
    QCOMPARE(db.store().apply(id, request(Action::Decline), kDecided, QStringLiteral("dana")).result,
             ActionOutcome::Result::Applied);
}

} // namespace

// The outbox as a sender and a reviewer use it: what may go now, sent once, withdrawn, listed.
class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void shouldHoldADecisionsNoticeUntilItsGraceIsOver()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("r"));
        QCOMPARE(db.outbox().pendingCount(), 1);
        QVERIFY(db.outbox().pending(kDecided).isEmpty());
        QVERIFY(db.outbox().pending(kDecided.addMSecs(kUndoWindowMs - 1)).isEmpty());

        const QList<OutboxMessage> due = db.outbox().pending(kDecided.addMSecs(kUndoWindowMs));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().referralId, QStringLiteral("r"));
        QCOMPARE(due.first().kind, QStringLiteral("customer-notice"));
        QCOMPARE(due.first().createdAt, kDecided);
        QCOMPARE(due.first().notBefore, kDecided.addMSecs(kUndoWindowMs));
        QVERIFY(due.first().isOpen());
        QVERIFY(db.outbox().lastError().isEmpty());
    }

    void shouldMarkAMessageSentOnceOnly()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("r"));
        const QDateTime later = kDecided.addSecs(60);
        const qint64 id = db.outbox().pending(later).first().id;

        QVERIFY(db.outbox().markSent(id, later));
        QVERIFY(!db.outbox().markSent(id, later.addSecs(1)));
        QVERIFY(db.outbox().lastError().isEmpty());
        QCOMPARE(db.outbox().pendingCount(), 0);
        QVERIFY(db.outbox().pending(later.addSecs(2)).isEmpty());
        const QList<OutboxMessage> listed = db.outbox().list(QStringLiteral("r"));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().sentAt, later);
        QVERIFY(!listed.first().withdrawnAt.isValid());
        QVERIFY(!listed.first().isOpen());
    }

    void shouldNotSendBeforeTheGraceIsOver()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("r"));
        const qint64 id = db.outbox().list(QStringLiteral("r")).first().id;
        QVERIFY(!db.outbox().markSent(id, kDecided.addMSecs(kUndoWindowMs - 1)));
        QCOMPARE(db.outbox().pendingCount(), 1);
        QVERIFY(db.outbox().markSent(id, kDecided.addMSecs(kUndoWindowMs)));
    }

    void shouldNeverSendAWithdrawnMessage()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("r"));
        const qint64 id = db.outbox().list(QStringLiteral("r")).first().id;
        const QDateTime at = kDecided.addSecs(1);

        QVERIFY(db.outbox().withdraw(id, at));
        QVERIFY(!db.outbox().withdraw(id, at.addSecs(1)));
        QVERIFY(!db.outbox().markSent(id, kDecided.addSecs(60)));
        QCOMPARE(db.outbox().pendingCount(), 0);
        const OutboxMessage message = db.outbox().list(QStringLiteral("r")).first();
        QCOMPARE(message.withdrawnAt, at);
        QVERIFY(!message.sentAt.isValid());
    }

    void shouldListOnlyTheReferralsOwnMessagesOldestFirst()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("a"));
        declineOne(db, QStringLiteral("b"));
        QCOMPARE(db.outbox().list(QStringLiteral("a")).size(), 1);
        QCOMPARE(db.outbox().list(QStringLiteral("b")).size(), 1);
        QVERIFY(db.outbox().list(QStringLiteral("nobody")).isEmpty());

        const QList<OutboxMessage> due = db.outbox().pending(kDecided.addSecs(60));
        QCOMPARE(due.size(), 2);
        QVERIFY(due.at(0).id < due.at(1).id);
        QCOMPARE(db.outbox().pending(kDecided.addSecs(60), 1).size(), 1);
    }

    void shouldSayWhyWhenTheDatabaseRefuses()
    {
        TestDatabase db;
        declineOne(db, QStringLiteral("r"));
        const qint64 id = db.outbox().list(QStringLiteral("r")).first().id;
        QVERIFY(db.failWrites(QStringLiteral("outbox"), QStringLiteral("UPDATE"), QStringLiteral("disk trouble")));
        QVERIFY(!db.outbox().markSent(id, kDecided.addSecs(60)));
        QVERIFY2(db.outbox().lastError().contains(QStringLiteral("disk trouble")), qPrintable(db.outbox().lastError()));
        QCOMPARE(db.outbox().pendingCount(), 1); // nothing changed

        QVERIFY(db.exec(QStringLiteral("DROP TABLE outbox")));
        QVERIFY(db.outbox().pending(kDecided.addSecs(60)).isEmpty());
        QVERIFY(!db.outbox().lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
