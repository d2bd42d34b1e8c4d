#include "deadlinepolicy.h"
#include "testdatabase.h"
#include "translations.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const QDateTime kDeadline = utc("2026-03-05T09:00:00Z");
constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

// The deadline rules in one place: when a deadline has passed, how near it is, the target of
// the first answer, and the words that quote the windows.
class TestDeadlinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldCountExactlyAtTheDeadlineAsLate()
    {
        QVERIFY(!deadlinePassed(kDeadline, kDeadline.addMSecs(-1)));
        QVERIFY(deadlinePassed(kDeadline, kDeadline));
        QVERIFY(deadlinePassed(kDeadline, kDeadline.addMSecs(1)));
    }

    void shouldNeverPassAnInvalidDeadline()
    {
        QVERIFY(!deadlinePassed(QDateTime(), kDeadline));
        QCOMPARE(DeadlinePolicy().proximity(QDateTime(), kDeadline), DeadlineProximity::Distant);
    }

    void shouldArchiveByTheDeadlineOnlyWhenItHasPassed_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<std::optional<Status>>("archivedAs");
        QTest::newRow("new, a moment before") << Status::New << qint64(-1) << std::optional<Status>();
        QTest::newRow("new, exactly at") << Status::New << qint64(0) << std::optional<Status>(Status::Missed);
        QTest::newRow("evaluating, exactly at") << Status::Evaluating << qint64(0) << std::optional<Status>(Status::Expired);
        QTest::newRow("evaluating, after") << Status::Evaluating << qint64(1) << std::optional<Status>(Status::Expired);
        QTest::newRow("negotiating, after") << Status::Negotiating << qint64(1) << std::optional<Status>();
    }

    void shouldArchiveByTheDeadlineOnlyWhenItHasPassed()
    {
        QFETCH(Status, status);
        QFETCH(qint64, offsetMs);
        QFETCH(std::optional<Status>, archivedAs);
        Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
        referral.deadline = kDeadline;
        QCOMPARE(archivedByDeadline(referral, kDeadline.addMSecs(offsetMs)), archivedAs);
    }

    void shouldWarnFourHoursAndOneHourBefore_data()
    {
        QTest::addColumn<qint64>("leftMs");
        QTest::addColumn<DeadlineProximity>("proximity");
        QTest::newRow("a day ahead") << 24 * kHourMs << DeadlineProximity::Distant;
        QTest::newRow("just over four hours") << 4 * kHourMs + 1 << DeadlineProximity::Distant;
        QTest::newRow("exactly four hours") << 4 * kHourMs << DeadlineProximity::WithinFirstWarning;
        QTest::newRow("just over an hour") << kHourMs + 1 << DeadlineProximity::WithinFirstWarning;
        QTest::newRow("exactly an hour") << kHourMs << DeadlineProximity::WithinLastWarning;
        QTest::newRow("a moment left") << qint64(1) << DeadlineProximity::WithinLastWarning;
        QTest::newRow("exactly at the deadline") << qint64(0) << DeadlineProximity::Passed;
        QTest::newRow("after it") << -kHourMs << DeadlineProximity::Passed;
    }

    void shouldWarnFourHoursAndOneHourBefore()
    {
        QFETCH(qint64, leftMs);
        QFETCH(DeadlineProximity, proximity);
        QCOMPARE(DeadlinePolicy().proximity(kDeadline, kDeadline.addMSecs(-leftMs)), proximity);
    }

    void shouldWarnAsAConfiguredPolicySays()
    {
        DeadlinePolicy policy;
        policy.firstWarningSeconds = 2 * 3600;
        policy.lastWarningSeconds = 15 * 60;
        QCOMPARE(policy.proximity(kDeadline, kDeadline.addSecs(-3 * 3600)), DeadlineProximity::Distant);
        QCOMPARE(policy.proximity(kDeadline, kDeadline.addSecs(-2 * 3600)), DeadlineProximity::WithinFirstWarning);
        QCOMPARE(policy.proximity(kDeadline, kDeadline.addSecs(-15 * 60)), DeadlineProximity::WithinLastWarning);
    }

    void shouldMeetTheTargetOnlyBeforeIt_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<qint64>("answeredOrNowMs"); // after respondBy, negative before
        QTest::addColumn<TargetState>("state");
        QTest::newRow("new, a moment before") << Status::New << qint64(-1) << TargetState::Due;
        QTest::newRow("new, exactly at") << Status::New << qint64(0) << TargetState::Passed;
        QTest::newRow("answered a moment before") << Status::Evaluating << qint64(-1) << TargetState::Met;
        QTest::newRow("answered exactly at") << Status::Evaluating << qint64(0) << TargetState::Missed;
        QTest::newRow("skipped after") << Status::Skipped << qint64(1) << TargetState::Missed;
    }

    void shouldMeetTheTargetOnlyBeforeIt()
    {
        QFETCH(Status, status);
        QFETCH(qint64, answeredOrNowMs);
        QFETCH(TargetState, state);
        Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
        referral.respondBy = DeadlinePolicy().respondByFor(kReceived);
        const QDateTime instant = referral.respondBy.addMSecs(answeredOrNowMs);
        // The answer is when the referral left New; a new one is judged at `now`.
        referral.statusSince = status == Status::New ? kReceived : instant;
        QCOMPARE(respondTargetState(referral, status == Status::New ? instant : referral.respondBy.addDays(5)), state);
    }

    void shouldHaveNoTargetWithoutARespondByTime()
    {
        const Referral referral = sampleReferral(QStringLiteral("r"), kReceived);
        QCOMPARE(respondTargetState(referral, kReceived), TargetState::None);
    }

    void shouldQuoteTheWindows_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seven days") << qint64(7 * 24 * 3600) << QStringLiteral("7 days");
        QTest::newRow("one day") << qint64(24 * 3600) << QStringLiteral("1 day");
        QTest::newRow("thirty-six hours") << qint64(36 * 3600) << QStringLiteral("36 hours");
        QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 hour");
        QTest::newRow("ninety minutes") << qint64(90 * 60) << QStringLiteral("90 minutes");
    }

    void shouldQuoteTheWindows()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(windowText(seconds), text);
    }

    void shouldNameTheTargetByItsWindow()
    {
        DeadlinePolicy policy;
        QCOMPARE(policy.targetTitle(), QStringLiteral("24-hour target"));
        policy.respondTargetSeconds = 12 * 3600;
        QCOMPARE(policy.targetTitle(), QStringLiteral("12-hour target"));
        policy.respondTargetSeconds = 90 * 60;
        QCOMPARE(policy.targetTitle(), QStringLiteral("90-minute target"));
    }
};

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "tst_deadlinepolicy.moc"
