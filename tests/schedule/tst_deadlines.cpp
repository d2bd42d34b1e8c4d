#include "deadlinepolicy.h"
#include "lifecycle.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;


namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kNewDeadline = utc("2026-03-05T09:00:00Z"); // 72 hours later

ActionRequest request(Action action)
{
    return requestFor(action, QStringLiteral("Outside our region"), Money{250000, QStringLiteral("USD")}, QDate(2026, 12, 31));
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void shouldUseTheGuidesWindowsByDefault()
    {
        const DeadlinePolicy policy;
        QCOMPARE(policy.deadlineFor(Status::New, kReceived), kNewDeadline);
        QCOMPARE(policy.deadlineFor(Status::Evaluating, kReceived), utc("2026-03-09T09:00:00Z"));
        QVERIFY(!policy.deadlineFor(Status::Negotiating, kReceived).isValid());
        QVERIFY(!policy.deadlineFor(Status::Won, kReceived).isValid());
        QCOMPARE(policy.respondByFor(kReceived), utc("2026-03-03T09:00:00Z"));
    }

    void shouldComputeDeadlinesFromAConfiguredPolicy()
    {
        DeadlinePolicy policy;
        policy.evaluatingWindowSeconds = 14 * 24 * 3600;
        TestDatabase db(policy);
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        const QDateTime interestedAt = utc("2026-03-02T10:00:00Z");
        const ActionOutcome outcome = db.store().apply(QStringLiteral("r1"), request(Action::Interested), interestedAt, QStringLiteral("rep"));
        QCOMPARE(outcome.result, ActionOutcome::Result::Applied);
        QCOMPARE(outcome.referral->deadline, interestedAt.addDays(14));
    }

    void shouldJudgeTheDeadlineToTheMillisecond_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<Action>("action");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<Status>("archivedAs");

        for (const auto &[status, action, archived] :
             {std::tuple{Status::New, Action::Interested, Status::Missed},
              std::tuple{Status::New, Action::Skip, Status::Missed},
              std::tuple{Status::Evaluating, Action::Accept, Status::Expired},
              std::tuple{Status::Evaluating, Action::Decline, Status::Expired}}) {
            const QByteArray name = (statusName(status) + QLatin1Char('-') + actionName(action)).toLatin1();
            QTest::newRow(name + " one millisecond before") << status << action << qint64(-1) << true << archived;
            QTest::newRow(name + " exactly at") << status << action << qint64(0) << false << archived;
            QTest::newRow(name + " a day after") << status << action << qint64(86400000) << false << archived;
        }
    }

    void shouldJudgeTheDeadlineToTheMillisecond()
    {
        QFETCH(Status, status);
        QFETCH(Action, action);
        QFETCH(qint64, offsetMs);
        QFETCH(bool, allowed);
        QFETCH(Status, archivedAs);

        Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
        referral.deadline = DeadlinePolicy().deadlineFor(status, kReceived);
        const Decision decision = decide(referral, request(action), referral.deadline.addMSecs(offsetMs));
        QCOMPARE(decision.allowed(), allowed);
        if (!allowed) {
            QCOMPARE(decision.refusal, Refusal::DeadlinePassed);
            QCOMPARE(decision.to, std::optional<Status>(archivedAs));
            QVERIFY(!decision.message.isEmpty());
        }
    }

    void shouldArchiveAsMissedWhenARepActsExactlyAtTheDeadline()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("late"), kReceived), kReceived);

        const ActionOutcome outcome = db.store().apply(QStringLiteral("late"), request(Action::Interested),
                                                       kNewDeadline, QStringLiteral("rep"));
        QCOMPARE(outcome.result, ActionOutcome::Result::Refused);
        QCOMPARE(outcome.refusal, Refusal::DeadlinePassed);
        QVERIFY2(outcome.message.contains(QStringLiteral("Missed")), qPrintable(outcome.message));

        // No sweep ran, yet the referral is archived, by the system, as of its deadline.
        const Referral stored = *db.store().find(QStringLiteral("late"));
        QCOMPARE(stored.status, Status::Missed);
        QCOMPARE(stored.closedAt, kNewDeadline);
        const QList<HistoryEntry> history = db.store().history(QStringLiteral("late"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().from, std::optional<Status>(Status::New));
        QCOMPARE(history.last().to, Status::Missed);
        QCOMPARE(history.last().actor, QStringLiteral("system"));
        QCOMPARE(db.outbox().pendingCount(), 1);
    }

    // The sweep's SQL states the boundary on its own: it must agree with deadlinePassed().
    void shouldSweepExactlyWhenTheRulesSayTheDeadlinePassed()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("due"), kReceived), kReceived);
        const QDateTime deadline = db.store().find(QStringLiteral("due"))->deadline;
        QCOMPARE(db.store().nextDeadline(), std::optional<QDateTime>(deadline));

        QVERIFY(!deadlinePassed(deadline, deadline.addMSecs(-1)));
        QVERIFY(db.store().sweep(deadline.addMSecs(-1)).isEmpty());
        QCOMPARE(db.store().find(QStringLiteral("due"))->status, Status::New);

        QVERIFY(deadlinePassed(deadline, deadline));
        QCOMPARE(db.store().sweep(deadline).missed, QStringList{QStringLiteral("due")});
        QCOMPARE(db.store().find(QStringLiteral("due"))->closedAt, deadline);
    }

    void shouldArchiveAsExpiredSevenDaysAfterEnteringEvaluating()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        const QDateTime interestedAt = utc("2026-03-04T09:00:00Z");
        QCOMPARE(db.store().apply(QStringLiteral("r"), request(Action::Interested), interestedAt, QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);

        const QDateTime expiry = interestedAt.addDays(7);
        const ActionOutcome early = db.store().apply(QStringLiteral("r"), request(Action::Accept), expiry.addMSecs(-1), QStringLiteral("rep"));
        QCOMPARE(early.result, ActionOutcome::Result::Applied);
        QCOMPARE(early.referral->status, Status::Negotiating);

        storeReferral(db.store(), sampleReferral(QStringLiteral("s"), kReceived), kReceived);
        db.store().apply(QStringLiteral("s"), request(Action::Interested), interestedAt, QStringLiteral("rep"));
        const ActionOutcome late = db.store().apply(QStringLiteral("s"), request(Action::Decline), expiry, QStringLiteral("rep"));
        QCOMPARE(late.refusal, Refusal::DeadlinePassed);
        QCOMPARE(late.referral->status, Status::Expired);
    }

    void shouldSweepEverythingThatFellDueWhileClosed()
    {
        TestDatabase db;
        // Twelve hundred referrals, more than one sweep batch, half already evaluating.
        QList<Referral> referrals;
        for (int i = 0; i < 1200; ++i)
            referrals.append(sampleReferral(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), kReceived.addSecs(i)));
        QVERIFY(db.store().insert(referrals, kReceived, QStringLiteral("tester")).error.isEmpty());
        for (int i = 0; i < 600; ++i) {
            QCOMPARE(db.store().apply(referrals[i].id, request(Action::Interested), kReceived.addSecs(3600), QStringLiteral("rep")).result,
                     ActionOutcome::Result::Applied);
        }
        storeReferral(db.store(), sampleReferral(QStringLiteral("fresh"), kReceived.addDays(20)), kReceived.addDays(20));

        QSignalSpy changed(&db.store(), &ReferralStore::referralsChanged);
        const SweepResult result = db.store().sweep(kReceived.addDays(21)); // the app was closed for three weeks
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.expired.size(), 600);
        QCOMPARE(result.missed.size(), 600);
        QVERIFY(!result.missed.contains(QStringLiteral("fresh")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(db.outbox().pendingCount(), 1200);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE actor = 'system'")).toInt(), 1200);
        QCOMPARE(db.store().find(QStringLiteral("fresh"))->status, Status::New);
        QCOMPARE(db.store().countsByTab().value(Tab::Archived), 1200);

        // A second sweep finds nothing more.
        QVERIFY(db.store().sweep(kReceived.addDays(21)).isEmpty());
    }

    void shouldStopASweepAfterTheBatchAtHand()
    {
        TestDatabase db;
        QList<Referral> referrals;
        for (int i = 0; i < 1200; ++i)
            referrals.append(sampleReferral(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), kReceived));
        QVERIFY(db.store().insert(referrals, kReceived, QStringLiteral("tester")).error.isEmpty());
        const std::atomic<bool> stop = true;
        const SweepResult first = db.store().sweep(kReceived.addDays(4), &stop);
        QCOMPARE(first.missed.size(), 500);
        // What was left waits for the next sweep, and nothing is archived twice.
        const SweepResult rest = db.store().sweep(kReceived.addDays(4));
        QCOMPARE(rest.missed.size(), 700);
        QCOMPARE(db.store().countsByTab().value(Tab::Archived), 1200);
    }

    void shouldLeaveNegotiatingReferralsAlone()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("deal"), kReceived), kReceived);
        db.store().apply(QStringLiteral("deal"), request(Action::Interested), kReceived.addSecs(60), QStringLiteral("rep"));
        QCOMPARE(db.store().apply(QStringLiteral("deal"), request(Action::Accept), kReceived.addSecs(120), QStringLiteral("rep")).result,
                 ActionOutcome::Result::Applied);
        QVERIFY(db.store().sweep(kReceived.addYears(1)).isEmpty());
        QCOMPARE(db.store().find(QStringLiteral("deal"))->status, Status::Negotiating);
        QVERIFY(!db.store().nextDeadline());
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
