#include "claim.h"
#include "testdatabase.h"
#include "transitionplan.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kNow = utc("2026-03-02T12:00:00Z");
const QString kKim = QStringLiteral("kim");
const QString kLee = QStringLiteral("lee");

Referral stored(Status status, const QString &claimedBy = {})
{
    const DeadlinePolicy policy;
    Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
    referral.statusSince = kReceived;
    referral.deadline = policy.deadlineFor(status, kReceived);
    if (!claimedBy.isEmpty()) {
        referral.claimedBy = claimedBy;
        referral.claimedAt = kReceived.addSecs(600);
    }
    return referral;
}

ClaimRequest claimIt() { return {ClaimRequest::Change::Claim, {}}; }
ClaimRequest letGo() { return {ClaimRequest::Change::Release, {}}; }
ClaimRequest handTo(const QString &name) { return {ClaimRequest::Change::Reassign, name}; }

} // namespace

// The rules of claims, apart from any database: who may claim, let go and hand over, what is
// written, and that a decided referral is nobody's to handle any more.
class TestClaim : public QObject
{
    Q_OBJECT

private slots:
    void onlyNewAndEvaluatingReferralsCanBeClaimed_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("claimable");
        for (Status status : allStatuses())
            QTest::newRow(qPrintable(statusName(status))) << status << (status == Status::New || status == Status::Evaluating);
    }
    void onlyNewAndEvaluatingReferralsCanBeClaimed()
    {
        QFETCH(Status, status);
        QFETCH(bool, claimable);
        QCOMPARE(canBeClaimed(status), claimable);
        const ClaimDecision decision = decideClaim(stored(status), claimIt(), kKim, true, kNow);
        QCOMPARE(decision.allowed(), claimable);
        if (!claimable) {
            QCOMPARE(decision.refusal, Refusal::NotAllowed);
            QVERIFY2(decision.message.contains(statusTitle(status)), qPrintable(decision.message));
        }
    }

    void aClaimSaysWhoAndSinceWhen()
    {
        QCOMPARE(claimDescription(stored(Status::New), kNow), QString());
        // Claimed at 09:10 UTC: 18:10 in Seoul (the test's zone), the same day as now there.
        const QString since = QStringLiteral("kim has been handling this since ");
        QCOMPARE(claimDescription(stored(Status::New, kKim), kNow), since + QLocale().toString(QTime(18, 10), QLocale::ShortFormat));
        // A day later it names the date as well.
        QCOMPARE(claimDescription(stored(Status::New, kKim), kNow.addDays(1)),
                 since + QLocale().toString(QDateTime(QDate(2026, 3, 2), QTime(18, 10)), QLocale::ShortFormat));
    }

    void aRepClaimsWhatNobodyHandlesAndNothingElse()
    {
        QVERIFY(decideClaim(stored(Status::New), claimIt(), kKim, false, kNow).allowed());
        QVERIFY(decideClaim(stored(Status::Evaluating, kKim), claimIt(), kKim, false, kNow).allowed());
        const ClaimDecision taken = decideClaim(stored(Status::New, kLee), claimIt(), kKim, false, kNow);
        QCOMPARE(taken.refusal, Refusal::Conflict);
        QVERIFY2(taken.message.startsWith(QStringLiteral("lee has been handling this since")), qPrintable(taken.message));
        // A manager may take it over.
        QVERIFY(decideClaim(stored(Status::New, kLee), claimIt(), kKim, true, kNow).allowed());
    }

    void onlyTheClaimantOrAManagerLetsGo()
    {
        QVERIFY(decideClaim(stored(Status::New, kKim), letGo(), kKim, false, kNow).allowed());
        QCOMPARE(decideClaim(stored(Status::New, kLee), letGo(), kKim, false, kNow).refusal, Refusal::NotAllowed);
        QVERIFY(decideClaim(stored(Status::New, kLee), letGo(), kKim, true, kNow).allowed());
    }

    void onlyAManagerHandsOverAndToSomeone()
    {
        const ClaimDecision rep = decideClaim(stored(Status::New, kKim), handTo(kLee), kKim, false, kNow);
        QCOMPARE(rep.refusal, Refusal::NotAllowed);
        QCOMPARE(rep.message, QStringLiteral("Only a manager can hand a referral to someone else."));
        QVERIFY(decideClaim(stored(Status::New, kKim), handTo(kLee), QStringLiteral("moon"), true, kNow).allowed());
        QCOMPARE(decideClaim(stored(Status::New), handTo(QStringLiteral("  ")), QStringLiteral("moon"), true, kNow).refusal,
                 Refusal::InvalidValue);
        QCOMPARE(decideClaim(stored(Status::New), handTo(QString(kMaxClaimantLength + 1, QLatin1Char('x'))), QStringLiteral("moon"), true, kNow).refusal,
                 Refusal::InvalidValue);
        QVERIFY(decideClaim(stored(Status::New), handTo(QString(kMaxClaimantLength, QLatin1Char('x'))), QStringLiteral("moon"), true, kNow).allowed());
    }

    void aReferralPastItsDeadlineIsNotClaimed()
    {
        const Referral due = stored(Status::New);
        QCOMPARE(decideClaim(due, claimIt(), kKim, true, due.deadline).refusal, Refusal::DeadlinePassed);
        QVERIFY(decideClaim(due, claimIt(), kKim, true, due.deadline.addMSecs(-1)).allowed());
    }

    void aPlanWritesTheClaimantAndWhoDidIt()
    {
        const std::optional<ClaimPlan> claimed = planClaim(stored(Status::New), claimIt(), kNow, kKim);
        QVERIFY(claimed);
        QCOMPARE(claimed->after.claimedBy, kKim);
        QCOMPARE(claimed->after.claimedAt, kNow);
        QCOMPARE(claimed->entry.event, HistoryEvent::Claim);
        QCOMPARE(claimed->entry.actor, kKim);
        QCOMPARE(claimed->entry.notes, kKim);
        QCOMPARE(claimed->entry.from, std::optional<Status>(Status::New));
        QCOMPARE(claimed->entry.to, Status::New);

        const std::optional<ClaimPlan> handed = planClaim(stored(Status::Evaluating, kKim), handTo(QStringLiteral(" lee ")), kNow, QStringLiteral("moon"));
        QVERIFY(handed);
        QCOMPARE(handed->after.claimedBy, kLee);
        QCOMPARE(handed->entry.actor, QStringLiteral("moon"));
        QCOMPARE(handed->entry.notes, kLee);

        const std::optional<ClaimPlan> released = planClaim(stored(Status::New, kKim), letGo(), kNow, kKim);
        QVERIFY(released);
        QVERIFY(released->after.claimedBy.isEmpty());
        QVERIFY(!released->after.claimedAt.isValid());
        QVERIFY(released->entry.notes.isEmpty());
        // What is so already writes nothing.
        QVERIFY(!planClaim(stored(Status::New, kKim), claimIt(), kNow, kKim));
        QVERIFY(!planClaim(stored(Status::New), letGo(), kNow, kKim));
    }

    void aDecisionThatLeavesTheOpenTabsEndsTheClaim()
    {
        const Referral claimed = stored(Status::New, kKim);
        ActionRequest interested;
        interested.action = Action::Interested;
        const Decision stays = decide(claimed, interested, kNow);
        const std::optional<TransitionPlan> evaluating = planDecision(claimed, stays, interested, kNow, kLee, DeadlinePolicy());
        QCOMPARE(evaluating->after.claimedBy, kKim);

        const ActionRequest skip = requestFor(Action::Skip, QStringLiteral("busy"));
        const std::optional<TransitionPlan> skipped = planDecision(claimed, decide(claimed, skip, kNow), skip, kNow, kLee, DeadlinePolicy());
        QVERIFY(skipped->after.claimedBy.isEmpty());
        QVERIFY(!skipped->after.claimedAt.isValid());

        const TransitionPlan missed = planDeadlineArchive(claimed, Status::Missed, DeadlinePolicy());
        QVERIFY(missed.after.claimedBy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClaim)
#include "tst_claim.moc"
