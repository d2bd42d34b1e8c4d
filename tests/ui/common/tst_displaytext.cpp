#include "displaytext.h"
#include "referralcolumns.h"
#include "testdatabase.h"
#include "translations.h"

#include <QTest>

using namespace rd;

class TestDisplayText : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English)); }

    void shouldShowTaxonomyNamesNeverRawIds()
    {
        Referral referral = sampleReferral(QStringLiteral("t"), utc("2026-08-01T00:00:00Z"));
        referral.details.requirements = Requirements{{QStringLiteral("Financial Services")},
                                                     {QStringLiteral("DynamicsAX,GP,NAV,SL")},
                                                     {QStringLiteral("ConsultingAndProfessional")},
                                                     {}};
        const QDateTime now = utc("2026-08-01T01:00:00Z");
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(ReferralColumns::display(Column::Services, referral, now).toString(), QStringLiteral("컨설팅 및 전문 서비스"));
        QCOMPARE(ReferralColumns::display(Column::Industries, referral, now).toString(), QStringLiteral("금융 서비스"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ReferralColumns::display(Column::Services, referral, now).toString(), QStringLiteral("Consulting and professional services"));
        QCOMPARE(ReferralColumns::display(Column::Products, referral, now).toString(), QStringLiteral("Dynamics AX, GP, NAV and SL"));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("Morethan20000")), QStringLiteral("more than 20,000 employees"));
    }

    void shouldSayHowMuchTimeIsLeft_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(30 * 1000) << "under a minute";
        QTest::newRow("minutes") << qint64(45 * 60 * 1000) << "45 min";
        QTest::newRow("hours and minutes") << qint64((2 * 60 + 15) * 60 * 1000) << "2 h 15 min";
        QTest::newRow("whole hours") << qint64(5 * 3600 * 1000) << "5 h";
        QTest::newRow("a day and more in hours") << qint64(30LL * 3600 * 1000) << "30 h";
        QTest::newRow("days") << qint64(3LL * 24 * 3600 * 1000 + 5000) << "3 days";
        QTest::newRow("one day") << qint64(49LL * 3600 * 1000) << "2 days";
    }

    void shouldSayHowMuchTimeIsLeft()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(DisplayText::timeLeft(ms), text);
    }

    void shouldWriteKoreanNamesFamilyNameFirstWhenInHangul_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Hangul") << "민지" << "박" << "박민지";
        QTest::newRow("Hangul with stray spaces") << " 민지 " << "박 " << "박민지";
        QTest::newRow("two-syllable family name") << "소연" << "남궁" << "남궁소연";
        QTest::newRow("romanised Korean") << "Minji" << "Park" << "Minji Park";
        QTest::newRow("mixed scripts") << "Minji" << "박" << "Minji 박";
        QTest::newRow("family name only") << "" << "박" << "박";
        QTest::newRow("English") << "Dana" << "Scully" << "Dana Scully";
    }

    void shouldWriteKoreanNamesFamilyNameFirstWhenInHangul()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, shown);
        QCOMPARE(DisplayText::personName(Contact{first, last, {}, {}, {}}), shown);
    }

    void shouldWriteMoneyWithTheDealsDecimals()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DisplayText::money(Money{150000000, QStringLiteral("KRW")}, english), QStringLiteral("₩150,000,000"));
        QCOMPARE(DisplayText::money(Money{123450, QStringLiteral("USD")}, english), QStringLiteral("$1,234.50"));
        QCOMPARE(DisplayText::money(Money{1234, QStringLiteral("KWD")}, english), QStringLiteral("KWD 1.234"));
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        QCOMPARE(DisplayText::money(Money{150000000, QStringLiteral("KRW")}, korean), QStringLiteral("₩150,000,000"));
    }

    void shouldSpeakKoreanTimeAndMoney()
    {
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const QDateTime now = utc("2026-03-01T00:00:00Z");
        QCOMPARE(DisplayText::timeLeft((2 * 60 + 15) * 60 * 1000), QStringLiteral("2시간 15분"));
        QCOMPARE(DisplayText::deadlineState(now.addSecs((2 * 60 + 15) * 60), now), QStringLiteral("2시간 15분 남음"));
        QCOMPARE(DisplayText::timeLeft(3LL * 24 * 3600 * 1000 + 5000), QStringLiteral("3일"));
        QCOMPARE(DisplayText::timeLeft(45 * 60 * 1000), QStringLiteral("45분"));
        // The default locale follows the language: Korean grouping and date order.
        QCOMPARE(DisplayText::money(Money{1500000, QStringLiteral("KRW")}), QStringLiteral("₩1,500,000"));
        QCOMPARE(DisplayText::money(Money{123450, QStringLiteral("USD")}), QStringLiteral("$1,234.50"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat), QStringLiteral("26. 11. 24."));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("51to500")), QStringLiteral("직원 51–500명"));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("10001to20000")), QStringLiteral("직원 10,001–20,000명"));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("Morethan20000")), QStringLiteral("직원 20,000명 초과"));
        QCOMPARE(DisplayText::date(QDate(2026, 11, 24)), QStringLiteral("2026. 11. 24."));
        QCOMPARE(DisplayText::country(QStringLiteral("KR")), QStringLiteral("대한민국"));
        QCOMPARE(DisplayText::country(QStringLiteral("US")), QStringLiteral("미국"));

        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayText::deadlineState(now.addSecs((2 * 60 + 15) * 60), now), QStringLiteral("2 h 15 min left"));
        QCOMPARE(DisplayText::money(Money{1500000, QStringLiteral("KRW")}), QStringLiteral("₩1,500,000"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat), QStringLiteral("11/24/26"));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("51to500")), QStringLiteral("51–500 employees"));
        QCOMPARE(DisplayText::customerSize(QStringLiteral("Morethan20000")), QStringLiteral("more than 20,000 employees"));
        QCOMPARE(DisplayText::date(QDate(2026, 11, 24)), QStringLiteral("11/24/2026"));
        QVERIFY(DisplayText::localDateTime(utc("2026-11-24T12:00:00Z")).contains(QStringLiteral("/2026 ")));
        QCOMPARE(DisplayText::country(QStringLiteral("KR")), QStringLiteral("South Korea"));
        QCOMPARE(DisplayText::country(QStringLiteral("BR")), QStringLiteral("Brazil"));
    }

    void shouldTellTheTargetState()
    {
        const QDateTime received = utc("2026-01-01T00:00:00Z");
        Referral referral = sampleReferral(QStringLiteral("r"), received);
        referral.respondBy = received.addDays(1);
        QCOMPARE(DisplayText::targetState(referral, received.addSecs(3600)), QStringLiteral("due in 23 h"));
        QCOMPARE(DisplayText::targetState(referral, received.addSecs(26 * 3600)), QStringLiteral("passed 2 h ago"));
        referral.status = Status::Evaluating;
        referral.statusSince = received.addSecs(600);
        QCOMPARE(DisplayText::targetState(referral, received.addDays(3)), QStringLiteral("met"));
    }

    void shouldCountExactlyAtTheTargetAsLate()
    {
        const QDateTime received = utc("2026-01-01T00:00:00Z");
        Referral referral = sampleReferral(QStringLiteral("r"), received);
        referral.respondBy = received.addDays(1);
        QCOMPARE(DisplayText::targetState(referral, referral.respondBy.addSecs(-60)), QStringLiteral("due in 1 min"));
        QCOMPARE(DisplayText::targetState(referral, referral.respondBy), QStringLiteral("passed under a minute ago"));
        referral.status = Status::Evaluating;
        referral.statusSince = referral.respondBy.addMSecs(-1);
        QCOMPARE(DisplayText::targetState(referral, received.addDays(3)), QStringLiteral("met"));
        referral.statusSince = referral.respondBy;
        QCOMPARE(DisplayText::targetState(referral, received.addDays(3)), QStringLiteral("missed"));
    }

    void shouldMarkDeadlinesFromTheFirstWarningAndTargetsOnceMissed()
    {
        const QDateTime received = utc("2026-01-01T00:00:00Z");
        DeadlinePolicy policy;
        Referral referral = sampleReferral(QStringLiteral("r"), received);
        referral.deadline = policy.deadlineFor(Status::New, received);
        referral.respondBy = policy.respondByFor(received);
        const QDateTime firstWarning = referral.deadline.addSecs(-policy.firstWarningSeconds);
        QCOMPARE(ReferralColumns::urgency(Column::TimeLeft, referral, firstWarning.addMSecs(-1), policy), 0);
        QCOMPARE(ReferralColumns::urgency(Column::TimeLeft, referral, firstWarning, policy), 2);
        QCOMPARE(ReferralColumns::urgency(Column::TimeLeft, referral, referral.deadline, policy), 2);
        QCOMPARE(ReferralColumns::urgency(Column::Target, referral, referral.respondBy.addMSecs(-1), policy), 0);
        QCOMPARE(ReferralColumns::urgency(Column::Target, referral, referral.respondBy, policy), 1);

        policy.firstWarningSeconds = 3600;
        QCOMPARE(ReferralColumns::urgency(Column::TimeLeft, referral, firstWarning, policy), 0);
        QCOMPARE(ReferralColumns::display(Column::TimeLeft, referral, referral.deadline).toString(), QStringLiteral("passed under a minute ago"));
    }

    void shouldNameTheTargetColumnByThePolicysWindow()
    {
        DeadlinePolicy policy;
        QCOMPARE(ReferralColumns::title(Column::Target, policy), QStringLiteral("24-hour target"));
        policy.respondTargetSeconds = 12 * 3600;
        QCOMPARE(ReferralColumns::title(Column::Target, policy), QStringLiteral("12-hour target"));
    }

    void shouldCountExactlyAtTheDeadlineAsPassed()
    {
        const QDateTime deadline = utc("2026-01-04T00:00:00Z");
        QCOMPARE(DisplayText::deadlineState(deadline, deadline.addSecs(-60)), QStringLiteral("1 min left"));
        QCOMPARE(DisplayText::deadlineState(deadline, deadline), QStringLiteral("passed under a minute ago"));
        QCOMPARE(DisplayText::deadlineState(deadline, deadline.addSecs(3 * 3600)), QStringLiteral("passed 3 h ago"));
    }
};

QTEST_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
