#include "lifecycle.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;


namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kNow = utc("2026-03-02T12:00:00Z"); // well inside every window

Referral referralIn(Status status)
{
    Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
    referral.statusSince = kReceived;
    referral.deadline = DeadlinePolicy().deadlineFor(status, kReceived);
    return referral;
}

// A request that carries every value any action could need, so that only the table decides.
ActionRequest completeRequest(Action action)
{
    return requestFor(action, QStringLiteral("Budget moved to next year"), Money{1500000, QStringLiteral("KRW")}, QDate(2026, 4, 30));
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void shouldFollowTheTableForEveryStatusAndAction_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<Status>("to");

        // The Partner Center guide's rules, written out independently of the implementation.
        const Transition allowed[] = {
            {Status::New, Action::Interested, Status::Evaluating},
            {Status::New, Action::Skip, Status::Skipped},
            {Status::Evaluating, Action::Accept, Status::Negotiating},
            {Status::Evaluating, Action::Decline, Status::Declined},
            {Status::Negotiating, Action::Won, Status::Won},
            {Status::Negotiating, Action::Lost, Status::Lost},
        };
        int rows = 0;
        for (Status from : allStatuses()) {
            for (Action action : allActions()) {
                std::optional<Status> to;
                for (const Transition &transition : allowed) {
                    if (transition.from == from && transition.action == action)
                        to = transition.to;
                }
                QTest::addRow("%s-%s", qPrintable(statusName(from)), qPrintable(actionName(action)))
                    << from << action << to.has_value() << to.value_or(from);
                ++rows;
            }
        }
        QCOMPARE(rows, 9 * 6);
    }

    void shouldFollowTheTableForEveryStatusAndAction()
    {
        QFETCH(Status, from);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(Status, to);

        const Decision decision = decide(referralIn(from), completeRequest(action), kNow);
        QCOMPARE(decision.allowed(), allowed);
        QCOMPARE(nextStatus(from, action).has_value(), allowed);
        if (allowed) {
            QCOMPARE(decision.to, std::optional<Status>(to));
            QVERIFY(decision.message.isEmpty());
        } else {
            QCOMPARE(decision.refusal, Refusal::NotAllowed);
            QVERIFY(!decision.to);
            QVERIFY2(!decision.message.isEmpty(), "a refusal must say why");
        }
    }

    void shouldSayWhyAnArchivedReferralCannotChange()
    {
        const Decision decision = decide(referralIn(Status::Won), completeRequest(Action::Lost), kNow);
        QCOMPARE(decision.refusal, Refusal::NotAllowed);
        QVERIFY2(decision.message.contains(QStringLiteral("archived")), qPrintable(decision.message));
    }

    void shouldTellTheCustomerOnlyWhenTheReferralIsLetGo_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("tell");
        for (Status status : allStatuses()) {
            const bool tell = status == Status::Skipped || status == Status::Missed
                || status == Status::Declined || status == Status::Expired;
            QTest::newRow(qPrintable(statusName(status))) << status << tell;
        }
    }

    void shouldTellTheCustomerOnlyWhenTheReferralIsLetGo()
    {
        QFETCH(Status, status);
        QFETCH(bool, tell);
        QCOMPARE(customerMustChooseAnotherPartner(status), tell);
    }

    void shouldRefuseInvalidValues_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<ActionRequest>("request");
        QTest::addColumn<QString>("mentions");

        ActionRequest noValue = completeRequest(Action::Accept);
        noValue.value.reset();
        QTest::newRow("accept without value") << Status::Evaluating << noValue << QStringLiteral("value");

        ActionRequest zero = completeRequest(Action::Accept);
        zero.value = Money{0, QStringLiteral("USD")};
        QTest::newRow("accept with zero value") << Status::Evaluating << zero << QStringLiteral("greater than zero");

        ActionRequest negative = completeRequest(Action::Accept);
        negative.value = Money{-100, QStringLiteral("USD")};
        QTest::newRow("accept with negative value") << Status::Evaluating << negative << QStringLiteral("greater than zero");

        ActionRequest unknownCurrency = completeRequest(Action::Accept);
        unknownCurrency.value = Money{100, QStringLiteral("XYZ")};
        QTest::newRow("accept with unknown currency") << Status::Evaluating << unknownCurrency << QStringLiteral("XYZ");

        ActionRequest noDate = completeRequest(Action::Accept);
        noDate.closingDate = QDate();
        QTest::newRow("accept without closing date") << Status::Evaluating << noDate << QStringLiteral("closing date");

        ActionRequest pastDate = completeRequest(Action::Accept);
        pastDate.closingDate = QDate(2026, 3, 1);
        QTest::newRow("accept with closing date yesterday") << Status::Evaluating << pastDate << QStringLiteral("2026-03-01");

        ActionRequest declineWithoutReason = completeRequest(Action::Decline);
        declineWithoutReason.reason = QStringLiteral("   ");
        QTest::newRow("decline with blank reason") << Status::Evaluating << declineWithoutReason << QStringLiteral("reason");

        ActionRequest lostWithoutReason = completeRequest(Action::Lost);
        lostWithoutReason.reason.clear();
        QTest::newRow("lost without reason") << Status::Negotiating << lostWithoutReason << QStringLiteral("reason");

        ActionRequest longReason = completeRequest(Action::Skip);
        longReason.reason = QString(kMaxReasonLength + 1, QLatin1Char('x'));
        QTest::newRow("skip with an endless reason") << Status::New << longReason << QStringLiteral("too long");

        ActionRequest wonAtZero = completeRequest(Action::Won);
        wonAtZero.value = Money{0, QStringLiteral("KRW")};
        QTest::newRow("won at zero") << Status::Negotiating << wonAtZero << QStringLiteral("greater than zero");
    }

    void shouldRefuseInvalidValues()
    {
        QFETCH(Status, from);
        QFETCH(ActionRequest, request);
        QFETCH(QString, mentions);

        const Decision decision = decide(referralIn(from), request, kNow);
        QCOMPARE(decision.refusal, Refusal::InvalidValue);
        QVERIFY(!decision.to);
        QVERIFY2(decision.message.contains(mentions, Qt::CaseInsensitive), qPrintable(decision.message));
    }

    void shouldAcceptAClosingDateOfTodayInTheUsersTimeZone()
    {
        // 23:30 UTC on 2 March is already 3 March in Seoul: 2 March is the past there.
        const QDateTime lateEvening = utc("2026-03-02T23:30:00Z");
        ActionRequest request = completeRequest(Action::Accept);
        request.userZone = QTimeZone("Asia/Seoul");
        request.closingDate = QDate(2026, 3, 3);
        QVERIFY(decide(referralIn(Status::Evaluating), request, lateEvening).allowed());

        request.closingDate = QDate(2026, 3, 2);
        QCOMPARE(decide(referralIn(Status::Evaluating), request, lateEvening).refusal, Refusal::InvalidValue);

        request.userZone = QTimeZone::utc();
        QVERIFY(decide(referralIn(Status::Evaluating), request, lateEvening).allowed());
    }

    void shouldLetSkipGoWithoutAReasonAndWonWithoutAValue()
    {
        ActionRequest skip;
        skip.action = Action::Skip;
        QVERIFY(decide(referralIn(Status::New), skip, kNow).allowed());

        ActionRequest won;
        won.action = Action::Won;
        QVERIFY(decide(referralIn(Status::Negotiating), won, kNow).allowed());
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
