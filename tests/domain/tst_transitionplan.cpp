#include "actor.h"
#include "estimatechange.h"
#include "testdatabase.h"
#include "transitionplan.h"
#include "undo.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kNow = utc("2026-03-02T12:00:00Z");
const QString kDana = QStringLiteral("dana");
const Money kEstimate{1500000, QStringLiteral("KRW")};

// `id` in `status` since kReceived, as the store holds it.
Referral stored(Status status, const DeadlinePolicy &policy = {})
{
    Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
    referral.statusSince = kReceived;
    referral.deadline = policy.deadlineFor(status, kReceived);
    referral.respondBy = policy.respondByFor(kReceived);
    if (status == Status::Negotiating)
        referral.estimate = Estimate{kEstimate, QDate(2026, 4, 30), QStringLiteral("pilot first")};
    return referral;
}

ActionRequest request(Action action)
{
    ActionRequest request;
    request.action = action;
    return request;
}

// The plan of `request` on `current` at kNow, which must be allowed.
TransitionPlan planned(const Referral &current, const ActionRequest &request, const DeadlinePolicy &policy = {})
{
    const Decision decision = decide(current, request, kNow);
    if (!decision.allowed())
        qFatal("refused: %s", qPrintable(decision.message));
    return *planDecision(current, decision, request, kNow, kDana, policy);
}

} // namespace

// What a decision writes, decided by the rules; storage only writes it.
class TestTransitionPlan : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartTheEvaluatingWindowOfThePolicy()
    {
        DeadlinePolicy policy;
        policy.evaluatingWindowSeconds = 3 * 24 * 3600;
        const TransitionPlan plan = planned(stored(Status::New, policy), request(Action::Interested), policy);
        QCOMPARE(plan.after.status, Status::Evaluating);
        QCOMPARE(plan.after.statusSince, kNow);
        QCOMPARE(plan.after.deadline, kNow.addDays(3));
        QCOMPARE(plan.entry.from, std::optional<Status>(Status::New));
        QCOMPARE(plan.entry.to, Status::Evaluating);
        QCOMPARE(plan.entry.at, kNow);
        QCOMPARE(plan.entry.actor, kDana);
        QVERIFY(!plan.entry.keepsBeforeState);
        QVERIFY(!plan.notice);
    }

    void shouldKeepWhatNoThanksReplacesAndHoldTheNoticeForTheUndoWindow()
    {
        ActionRequest skip = request(Action::Skip);
        skip.reason = QStringLiteral("  No capacity right now  ");
        skip.reasonCode = QStringLiteral("no-capacity");
        const TransitionPlan plan = planned(stored(Status::New), skip);
        QCOMPARE(plan.after.status, Status::Skipped);
        QCOMPARE(plan.after.closedAt, kNow);
        QVERIFY(!plan.after.deadline.isValid());
        QCOMPARE(plan.after.reason, QStringLiteral("No capacity right now"));
        QCOMPARE(plan.after.reasonCode, QStringLiteral("no-capacity"));
        QCOMPARE(plan.entry.reason, QStringLiteral("No capacity right now"));
        QVERIFY(plan.entry.keepsBeforeState);
        QVERIFY(plan.notice);
        QCOMPARE(plan.notice->createdAt, kNow);
        QCOMPARE(plan.notice->notBefore, kNow.addMSecs(kUndoWindowMs));
        QCOMPARE(plan.notice->notBefore, undoWindowEnd(plan.entry));
    }

    void shouldTellNoOneAboutASample()
    {
        Referral sample = stored(Status::Evaluating);
        sample.sample = true;
        ActionRequest decline = request(Action::Decline);
        decline.reason = QStringLiteral("Too far away");
        const TransitionPlan plan = planned(sample, decline);
        QCOMPARE(plan.after.status, Status::Declined);
        QVERIFY(plan.entry.keepsBeforeState);
        QVERIFY(!plan.notice);
    }

    void shouldDropThePresetCodeOfABlankReason()
    {
        ActionRequest skip = request(Action::Skip);
        skip.reason = QStringLiteral("   ");
        skip.reasonCode = QStringLiteral("no-capacity");
        const TransitionPlan plan = planned(stored(Status::New), skip);
        QVERIFY(plan.entry.reason.isEmpty());
        QVERIFY(plan.entry.reasonCode.isEmpty());
        QVERIFY(plan.after.reasonCode.isEmpty());
    }

    void shouldStoreTheEstimateOfAnAccept()
    {
        ActionRequest accept = request(Action::Accept);
        accept.value = kEstimate;
        accept.closingDate = QDate(2026, 4, 30);
        accept.notes = QStringLiteral(" pilot first ");
        const TransitionPlan plan = planned(stored(Status::Evaluating), accept);
        QCOMPARE(plan.after.status, Status::Negotiating);
        QCOMPARE(plan.after.acceptedAt, kNow);
        QVERIFY(!plan.after.deadline.isValid());
        QCOMPARE(plan.after.estimate, (std::optional<Estimate>(Estimate{kEstimate, QDate(2026, 4, 30), QStringLiteral("pilot first")})));
        QCOMPARE(plan.entry.value, std::optional<Money>(kEstimate));
        QCOMPARE(plan.entry.closingDate, QDate(2026, 4, 30));
        QVERIFY(!plan.notice);
    }

    void shouldTakeTheEstimateAsTheValueOfAWonWithoutOne()
    {
        const TransitionPlan plan = planned(stored(Status::Negotiating), request(Action::Won));
        QCOMPARE(plan.after.status, Status::Won);
        QCOMPARE(plan.after.finalValue, std::optional<Money>(kEstimate));
        QCOMPARE(plan.entry.value, std::optional<Money>(kEstimate));

        ActionRequest won = request(Action::Won);
        won.value = Money{2000000, QStringLiteral("KRW")};
        QCOMPARE(planned(stored(Status::Negotiating), won).after.finalValue, won.value);
    }

    void shouldArchiveAMissedDeadlineAsOfTheDeadlineByTheSystem()
    {
        const Referral late = stored(Status::New);
        ActionRequest skip = request(Action::Skip);
        skip.reason = QStringLiteral("Too far away");
        const QDateTime afterDeadline = late.deadline.addSecs(60);
        const Decision decision = decide(late, skip, afterDeadline);
        QCOMPARE(decision.refusal, Refusal::DeadlinePassed);
        const std::optional<TransitionPlan> plan = planDecision(late, decision, skip, afterDeadline, kDana, {});
        QVERIFY(plan);
        QCOMPARE(plan->after.status, Status::Missed);
        QCOMPARE(plan->after.closedAt, late.deadline);
        QCOMPARE(plan->entry.at, late.deadline);
        QCOMPARE(plan->entry.actor, Actor::kSystem);
        QVERIFY(plan->after.reason.isEmpty());
        QVERIFY(!plan->entry.keepsBeforeState);
        QCOMPARE(plan->notice->notBefore, late.deadline);
    }

    void shouldPlanNothingForARefusalThatStoresNothing()
    {
        const Referral current = stored(Status::New);
        const Decision decision = decide(current, request(Action::Won), kNow);
        QCOMPARE(decision.refusal, Refusal::NotAllowed);
        QVERIFY(!planDecision(current, decision, request(Action::Won), kNow, kDana, {}));
    }

    void shouldArchiveByTheSweepAsOfTheDeadline()
    {
        const Referral evaluating = stored(Status::Evaluating);
        const TransitionPlan plan = planDeadlineArchive(evaluating, Status::Expired, {});
        QCOMPARE(plan.after.status, Status::Expired);
        QCOMPARE(plan.after.statusSince, evaluating.deadline);
        QCOMPARE(plan.entry.actor, Actor::kSystem);
        QCOMPARE(plan.notice->createdAt, evaluating.deadline);
    }

    void shouldComputeTheDeadlinesOfAnArrival()
    {
        DeadlinePolicy policy;
        policy.newWindowSeconds = 48 * 3600;
        Referral arriving = sampleReferral(QStringLiteral("r"), kReceived.toTimeZone(QTimeZone("Asia/Seoul")));
        const ArrivalPlan plan = planArrival(arriving, kNow, QStringLiteral("importer"), policy);
        QCOMPARE(plan.referral.receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(plan.referral.statusSince, kReceived);
        QCOMPARE(plan.referral.deadline, kReceived.addSecs(48 * 3600));
        QCOMPARE(plan.referral.respondBy, kReceived.addSecs(24 * 3600));
        QVERIFY(!plan.referral.closedAt.isValid());
        QVERIFY(!plan.entry.from);
        QCOMPARE(plan.entry.to, Status::New);
        QCOMPARE(plan.entry.at, kNow);
        QCOMPARE(plan.entry.actor, QStringLiteral("importer"));

        arriving.status = Status::Negotiating;
        arriving.statusSince = kReceived.addDays(1);
        const ArrivalPlan negotiating = planArrival(arriving, kNow, QStringLiteral("importer"), policy);
        QCOMPARE(negotiating.referral.acceptedAt, kReceived.addDays(1));
        QVERIFY(!negotiating.referral.deadline.isValid());
        arriving.status = Status::Won;
        QCOMPARE(planArrival(arriving, kNow, QStringLiteral("importer"), policy).referral.closedAt, kReceived.addDays(1));
    }

    void shouldRecordAnEstimateChangeWithTheOldAndNewEstimate()
    {
        const Referral negotiating = stored(Status::Negotiating);
        const Estimate raised{Money{2000000, QStringLiteral("KRW")}, QDate(2026, 5, 31), QStringLiteral("pilot first")};
        const std::optional<EstimatePlan> plan = planEstimateChange(negotiating, raised, kNow, kDana);
        QVERIFY(plan);
        QCOMPARE(plan->after.estimate, std::optional<Estimate>(raised));
        QCOMPARE(plan->after.status, Status::Negotiating);
        QCOMPARE(plan->entry.event, HistoryEvent::EstimateChange);
        QCOMPARE(plan->entry.from, std::optional<Status>(Status::Negotiating));
        QCOMPARE(plan->entry.to, Status::Negotiating);
        QCOMPARE(plan->entry.value, std::optional<Money>(raised.value));
        QCOMPARE(plan->entry.closingDate, raised.closingDate);
        QCOMPARE(plan->entry.previousEstimate, negotiating.estimate);
        QCOMPARE(plan->entry.actor, kDana);

        QVERIFY(!planEstimateChange(negotiating, *negotiating.estimate, kNow, kDana));
    }

    void shouldStoreTheSystemActorAsSystem()
    {
        // Existing databases and the command line's JSON say "system".
        QCOMPARE(Actor::kSystem, QStringLiteral("system"));
        QVERIFY(Actor::isSystem(QStringLiteral("system")));
        QVERIFY(!Actor::isSystem(QStringLiteral("dana")));
    }
};

QTEST_GUILESS_MAIN(TestTransitionPlan)
#include "tst_transitionplan.moc"
