#include "estimatechange.h"
#include "lifecycle.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-03-02T12:00:00Z");

ActionRequest request(Action action)
{
    return requestFor(action, QStringLiteral("Budget moved to next year"), Money{1500000, QStringLiteral("KRW")}, QDate(2026, 4, 30));
}

QString unpairedSurrogate()
{
    return QString(QChar(0xD800)) + QStringLiteral("abc");
}

} // namespace

// The one check of a decision's values that decide() and the dialogs ask alike.
class TestDecisionValues : public QObject
{
    Q_OBJECT

private slots:
    void shouldAcceptGoodValues_data()
    {
        QTest::addColumn<ActionRequest>("request");
        for (Action action : allActions())
            QTest::newRow(qPrintable(actionName(action))) << request(action);
        ActionRequest skip = request(Action::Skip);
        skip.reason.clear();
        QTest::newRow("skip without a reason") << skip;
        ActionRequest won = request(Action::Won);
        won.value.reset();
        QTest::newRow("won without a value") << won;
        ActionRequest today = request(Action::Accept);
        today.closingDate = kNow.date();
        QTest::newRow("closing today") << today;
        ActionRequest fiveYears = request(Action::Accept);
        fiveYears.closingDate = kNow.date().addYears(kMaxClosingYearsAhead);
        QTest::newRow("closing in five years") << fiveYears;
    }

    void shouldAcceptGoodValues()
    {
        QFETCH(ActionRequest, request);
        const ValueCheck check = checkDecisionValues(request, kNow);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(check.message.isEmpty());
    }

    void shouldSayWhatIsWrong_data()
    {
        QTest::addColumn<ActionRequest>("request");
        QTest::addColumn<ValueProblem>("problem");
        QTest::addColumn<QString>("mentions");

        ActionRequest noValue = request(Action::Accept);
        noValue.value.reset();
        QTest::newRow("accept without value") << noValue << ValueProblem::ValueMissing << QStringLiteral("deal value");
        ActionRequest currency = request(Action::Accept);
        currency.value = Money{100, QStringLiteral("XYZ")};
        QTest::newRow("unknown currency") << currency << ValueProblem::UnknownCurrency << QStringLiteral("XYZ");
        ActionRequest zero = request(Action::Won);
        zero.value = Money{0, QStringLiteral("KRW")};
        QTest::newRow("won at zero") << zero << ValueProblem::ValueNotPositive << QStringLiteral("greater than zero");
        ActionRequest huge = request(Action::Accept);
        huge.value = Money{kMaxMinorUnits + 1, QStringLiteral("KRW")};
        QTest::newRow("too large") << huge << ValueProblem::ValueTooLarge << QStringLiteral("too large");
        ActionRequest noDate = request(Action::Accept);
        noDate.closingDate = QDate();
        QTest::newRow("no closing date") << noDate << ValueProblem::ClosingDateMissing << QStringLiteral("closing date");
        ActionRequest past = request(Action::Accept);
        past.closingDate = kNow.date().addDays(-1);
        QTest::newRow("closing yesterday") << past << ValueProblem::ClosingDatePassed << QStringLiteral("2026-03-01");
        ActionRequest far = request(Action::Accept);
        far.closingDate = kNow.date().addYears(kMaxClosingYearsAhead).addDays(1);
        QTest::newRow("closing too far ahead") << far << ValueProblem::ClosingDateTooFarAhead << QStringLiteral("2031-03-03");
        ActionRequest longNotes = request(Action::Accept);
        longNotes.notes = QString(10 * kMaxReasonLength + 1, QLatin1Char('x'));
        QTest::newRow("notes too long") << longNotes << ValueProblem::NotesTooLong << QStringLiteral("notes");
        ActionRequest badNotes = request(Action::Accept);
        badNotes.notes = unpairedSurrogate();
        QTest::newRow("notes not Unicode") << badNotes << ValueProblem::InvalidText << QStringLiteral("Unicode");
        ActionRequest decline = request(Action::Decline);
        decline.reason = QStringLiteral("  ");
        QTest::newRow("decline without reason") << decline << ValueProblem::ReasonMissing << QStringLiteral("declining");
        ActionRequest lost = request(Action::Lost);
        lost.reason.clear();
        QTest::newRow("lost without reason") << lost << ValueProblem::ReasonMissing << QStringLiteral("lost");
        ActionRequest endless = request(Action::Skip);
        endless.reason = QString(kMaxReasonLength + 1, QLatin1Char('x'));
        QTest::newRow("reason too long") << endless << ValueProblem::ReasonTooLong << QStringLiteral("too long");
        ActionRequest badReason = request(Action::Decline);
        badReason.reason = unpairedSurrogate();
        QTest::newRow("reason not Unicode") << badReason << ValueProblem::InvalidText << QStringLiteral("Unicode");
    }

    void shouldSayWhatIsWrong()
    {
        QFETCH(ActionRequest, request);
        QFETCH(ValueProblem, problem);
        QFETCH(QString, mentions);
        const ValueCheck check = checkDecisionValues(request, kNow);
        QCOMPARE(check.problem, problem);
        QVERIFY2(check.message.contains(mentions, Qt::CaseInsensitive), qPrintable(check.message));
    }

    void shouldRefuseInDecideWhatTheCheckRefuses()
    {
        Referral evaluating = sampleReferral(QStringLiteral("r"), kNow.addSecs(-3600), Status::Evaluating);
        ActionRequest far = request(Action::Accept);
        far.closingDate = kNow.date().addYears(kMaxClosingYearsAhead + 1);
        const Decision decision = decide(evaluating, far, kNow);
        QCOMPARE(decision.refusal, Refusal::InvalidValue);
        QCOMPARE(decision.message, checkDecisionValues(far, kNow).message);
    }

    void shouldStillCheckTheNotesWhenOnlyTheOldClosingDateHasPassed()
    {
        Referral negotiating = sampleReferral(QStringLiteral("r"), kNow.addDays(-60), Status::Negotiating);
        negotiating.estimate = Estimate{Money{1500000, QStringLiteral("KRW")}, kNow.date().addDays(-10), QString()};
        EstimateChange value;
        value.amount = QStringLiteral("1600000");
        QVERIFY(decideEstimateChange(negotiating, value, kNow).allowed());

        EstimateChange notes;
        notes.notes = QString(10 * kMaxReasonLength + 1, QLatin1Char('x'));
        const EstimateDecision decision = decideEstimateChange(negotiating, notes, kNow);
        QCOMPARE(decision.refusal, Refusal::InvalidValue);
        QVERIFY2(decision.message.contains(QStringLiteral("notes")), qPrintable(decision.message));
    }
};

QTEST_GUILESS_MAIN(TestDecisionValues)
#include "tst_decisionvalues.moc"
