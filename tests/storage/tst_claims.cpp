#include "referraljson.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kNow = utc("2026-03-02T10:02:00Z");
const QString kKim = QStringLiteral("kim");
const QString kLee = QStringLiteral("lee");

ClaimRequest claimIt() { return {ClaimRequest::Change::Claim, {}}; }
ClaimRequest letGo() { return {ClaimRequest::Change::Release, {}}; }
ClaimRequest handTo(const QString &name) { return {ClaimRequest::Change::Reassign, name}; }

} // namespace

// Claims as stored: one transaction each, in the history, checked against the version the rep
// saw, ended by the decision that archives the referral and put back by its undo; on both
// engines.
class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void aClaimIsStoredWithItsHistoryRow()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        const ActionOutcome claimed = db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim, 1);
        QCOMPARE(claimed.result, ActionOutcome::Result::Applied);
        QCOMPARE(claimed.referral->claimedBy, kKim);
        QCOMPARE(claimed.referral->version, 2);

        const Referral stored = *db.store().find(QStringLiteral("r1"));
        QCOMPARE(stored.claimedBy, kKim);
        QCOMPARE(stored.claimedAt, kNow);
        QCOMPARE(stored.status, Status::New);
        const HistoryEntry last = db.store().history(QStringLiteral("r1")).constLast();
        QCOMPARE(last.event, HistoryEvent::Claim);
        QCOMPARE(last.actor, kKim);
        QCOMPARE(last.notes, kKim);
        QCOMPARE(last.at, kNow);
        // The command line's JSON says it, and only while someone handles it.
        const QJsonObject json = referralToJson(stored);
        QCOMPARE(json.value(QStringLiteral("claim")).toObject().value(QStringLiteral("by")).toString(), kKim);
        QCOMPARE(json.value(QStringLiteral("claim")).toObject().value(QStringLiteral("since")).toString(), QStringLiteral("2026-03-02T10:02:00.000Z"));
        const QJsonArray history = historyToJson(db.store().history(QStringLiteral("r1")));
        QCOMPARE(history.last().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("claim"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("claimant")).toString(), kKim);

        // Claiming again changes nothing and writes nothing.
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow.addSecs(60), kKim).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->version, 2);
        QCOMPARE(db.store().history(QStringLiteral("r1")).size(), 2);
    }

    void aColleaguesClaimIsRefusedWithWhoHasIt()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim).result, ActionOutcome::Result::Applied);
        // A rep of a team (the database knows lee as one) can't take it; the claim stays kim's.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO team_members (name, partner_id, role) VALUES ('lee', NULL, 'rep'), ('kim', NULL, 'rep')")));
        const ActionOutcome taken = db.store().claim(QStringLiteral("r1"), claimIt(), kNow.addSecs(60), kLee);
        QCOMPARE(taken.result, ActionOutcome::Result::Refused);
        QCOMPARE(taken.refusal, Refusal::Conflict);
        QVERIFY2(taken.message.startsWith(QStringLiteral("kim has been handling this since")), qPrintable(taken.message));
        QCOMPARE(db.store().claim(QStringLiteral("r1"), letGo(), kNow.addSecs(60), kLee).refusal, Refusal::NotAllowed);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), handTo(kLee), kNow.addSecs(60), kLee).refusal, Refusal::NotAllowed);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->claimedBy, kKim);
        QCOMPARE(db.store().history(QStringLiteral("r1")).size(), 2);
    }

    void aManagerHandsItToAColleagueOfTheTeam()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO team_members (name, partner_id, role) VALUES ('kim', NULL, 'rep'), "
                                       "('lee', NULL, 'rep'), ('moon', NULL, 'manager')")));
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim).result, ActionOutcome::Result::Applied);
        const ActionOutcome nobody = db.store().claim(QStringLiteral("r1"), handTo(QStringLiteral("park")), kNow, QStringLiteral("moon"));
        QCOMPARE(nobody.refusal, Refusal::InvalidValue);
        QCOMPARE(nobody.message, QStringLiteral("Nobody called park is on this team."));
        const ActionOutcome handed = db.store().claim(QStringLiteral("r1"), handTo(kLee), kNow.addSecs(60), QStringLiteral("moon"));
        QCOMPARE(handed.result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->claimedBy, kLee);
        const HistoryEntry last = db.store().history(QStringLiteral("r1")).constLast();
        QCOMPARE(last.actor, QStringLiteral("moon"));
        QCOMPARE(last.notes, kLee);
    }

    void withoutATeamTheOneUserDoesEverything()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        const ActionOutcome handed = db.store().claim(QStringLiteral("r1"), handTo(QStringLiteral("a colleague")), kNow, kKim);
        QVERIFY2(handed.result == ActionOutcome::Result::Applied, qPrintable(handed.message));
        QCOMPARE(db.store().claim(QStringLiteral("r1"), letGo(), kNow, kKim).result, ActionOutcome::Result::Applied);
        QVERIFY(db.store().find(QStringLiteral("r1"))->claimedBy.isEmpty());
        QVERIFY(!db.store().find(QStringLiteral("r1"))->claimedAt.isValid());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE claimed_at IS NULL AND claimed_by IS NULL")).toInt(), 1);
    }

    void aClaimChangesTheVersionAColleagueSaw()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim, 1).result, ActionOutcome::Result::Applied);
        // Lee decides on what was shown before the claim: refused, told who claimed it.
        const ActionOutcome stale = db.store().apply(QStringLiteral("r1"), requestFor(Action::Interested, {}), kNow.addSecs(5), kLee, 1);
        QCOMPARE(stale.refusal, Refusal::Conflict);
        QVERIFY2(stale.message.startsWith(QStringLiteral("kim claimed this referral at")), qPrintable(stale.message));
        // And a claim on a stale version is refused the same way.
        QCOMPARE(db.store().claim(QStringLiteral("r1"), letGo(), kNow.addSecs(5), kKim, 1).refusal, Refusal::Conflict);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->claimedBy, kKim);
    }

    void decidingKeepsTheClaimWhileOpenAndEndsItAfter()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().apply(QStringLiteral("r1"), requestFor(Action::Interested, {}), kNow, kKim).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->claimedBy, kKim);
        QCOMPARE(db.store().apply(QStringLiteral("r1"), requestFor(Action::Decline, QStringLiteral("too far")), kNow, kKim).result,
                 ActionOutcome::Result::Applied);
        const Referral declined = *db.store().find(QStringLiteral("r1"));
        QVERIFY(declined.claimedBy.isEmpty());
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim).refusal, Refusal::NotAllowed);
        // Undo brings it back as it was: claimed by kim since 10:02.
        const ActionOutcome undone = db.store().undo(QStringLiteral("r1"), declined.version, kNow.addSecs(3), kKim);
        QCOMPARE(undone.result, ActionOutcome::Result::Applied);
        QCOMPARE(undone.referral->claimedBy, kKim);
        QCOMPARE(db.store().find(QStringLiteral("r1"))->claimedAt, kNow);
    }

    void theDeadlineEndsTheClaim()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kReceived), kReceived);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), claimIt(), kNow, kKim).result, ActionOutcome::Result::Applied);
        const QDateTime late = kReceived.addDays(4);
        QCOMPARE(db.store().claim(QStringLiteral("r1"), letGo(), late, kKim).refusal, Refusal::DeadlinePassed);
        const SweepResult swept = db.store().sweep(late);
        QCOMPARE(swept.missed, QStringList{QStringLiteral("r1")});
        QVERIFY(db.store().find(QStringLiteral("r1"))->claimedBy.isEmpty());
    }

    void anUnknownReferralIsNotFound()
    {
        TestDatabase db;
        QCOMPARE(db.store().claim(QStringLiteral("nope"), claimIt(), kNow, kKim).result, ActionOutcome::Result::NotFound);
    }

    void theNewColumnSortsThePage()
    {
        TestDatabase db;
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            storeReferral(db.store(), sampleReferral(id, kReceived), kReceived);
        QCOMPARE(db.store().claim(QStringLiteral("a"), claimIt(), kNow, kLee).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().claim(QStringLiteral("c"), claimIt(), kNow, kKim).result, ActionOutcome::Result::Applied);
        ReferralQuery query;
        query.tab = Tab::New;
        query.sort = SortKey::ClaimedBy;
        QStringList order;
        for (const Referral &referral : db.store().page(query).rows)
            order.append(referral.id);
        QCOMPARE(order, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
