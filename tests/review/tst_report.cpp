#include "profilestore.h"
#include "referralreport.h"
#include "reportfixture.h"
#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace rd;

namespace {

ReportScope march(const QString &partner = {})
{
    ReportScope scope;
    scope.period = ReportPeriod{QDate::fromString(QString::fromLatin1(kReportFrom), Qt::ISODate),
                                QDate::fromString(QString::fromLatin1(kReportTo), Qt::ISODate), reportZone()};
    scope.partnerId = partner;
    scope.now = reportNow();
    return scope;
}

} // namespace

// Every number of the report against the fixture's table (reportfixture.h), computed by hand.
class TestReport : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;
    Report m_report;

private slots:
    void initTestCase()
    {
        buildReportFixture(m_db);
        ReportBuilder builder(m_db.database());
        const std::optional<Report> report = builder.build(march());
        QVERIFY2(report, qPrintable(builder.lastError()));
        m_report = *report;
    }

    void periodsAreWholeDaysInTheZone()
    {
        const ReportPeriod &period = m_report.current.period;
        QCOMPARE(period.start(), utc("2026-02-28T15:00:00Z"));
        QCOMPARE(period.end(), utc("2026-03-31T15:00:00Z"));
        // The period before has the same 31 days and ends the day before.
        QCOMPARE(m_report.previous.period.from, QDate(2026, 1, 29));
        QCOMPARE(m_report.previous.period.to, QDate(2026, 2, 28));
    }

    void funnelCountsEachStagePassed()
    {
        // Received in March (KST): r01-r08, r12 and r13; r09 came in February, r11 in April.
        const Funnel &funnel = m_report.current.funnel;
        QCOMPARE(funnel.received, 10);
        QCOMPARE(funnel.interested, 6); // r01 r03 r05 r06 r07 r13
        QCOMPARE(funnel.accepted, 3);   // r01 r06 r07
        QCOMPARE(funnel.won, 1);        // r01
    }

    void outcomesAreThoseClosedInThePeriod()
    {
        const PeriodReport &now = m_report.current;
        QCOMPARE(now.outcome(Status::Won), 1);      // r01
        QCOMPARE(now.outcome(Status::Lost), 1);     // r09, received in February
        QCOMPARE(now.outcome(Status::Skipped), 2);  // r02 r12
        QCOMPARE(now.outcome(Status::Missed), 1);   // r04
        QCOMPARE(now.outcome(Status::Declined), 1); // r03
        QCOMPARE(now.outcome(Status::Expired), 2);  // r05 r13
        // One month, each outcome once per status.
        int total = 0;
        for (const OutcomeMonth &month : now.outcomesByMonth) {
            QCOMPARE(month.month, QStringLiteral("2026-03"));
            total += month.count;
        }
        QCOMPARE(total, 8);
    }

    void monthsFollowTheReadersZone()
    {
        // r12 was skipped at 20:30 UTC on February 28: February in UTC, March 1 in Seoul.
        for (const auto &[zone, skippedInFebruary] : {std::pair{QTimeZone::utc(), 1}, std::pair{reportZone(), 0}}) {
            ReportScope scope = march();
            scope.period = ReportPeriod{QDate(2026, 2, 1), QDate(2026, 3, 31), zone};
            ReportBuilder builder(m_db.database());
            const std::optional<Report> report = builder.build(scope);
            QVERIFY2(report, qPrintable(builder.lastError()));
            QMap<QString, int> skippedByMonth;
            int total = 0;
            for (const OutcomeMonth &outcome : report->current.outcomesByMonth) {
                QVERIFY(outcome.month == QStringLiteral("2026-02") || outcome.month == QStringLiteral("2026-03"));
                total += outcome.count;
                if (outcome.outcome == Status::Skipped)
                    skippedByMonth[outcome.month] += outcome.count;
            }
            QCOMPARE(total, 8); // all that closed in February and March, each in one month
            QCOMPARE(skippedByMonth.value(QStringLiteral("2026-02")), skippedInFebruary);
            QCOMPARE(skippedByMonth.value(QStringLiteral("2026-03")), 2 - skippedInFebruary); // r02, and r12 in Seoul
        }
    }

    void answerTimesByProfile()
    {
        // Referrals routed by their country to two profiles and to none, each answered a known
        // time after arrival.
        TestDatabase db;
        ProfileStore profiles(db.database());
        QVERIFY(profiles.setPartner({QStringLiteral("own"), QStringLiteral("Own")}).stored());
        for (const auto &[id, country] : {std::pair{"kr", "KR"}, std::pair{"us", "US"}}) {
            BusinessProfile profile;
            profile.id = QString::fromLatin1(id);
            profile.partnerId = QStringLiteral("own");
            profile.region = QString::fromLatin1(country);
            profile.contact = {QStringLiteral("Ann"), QStringLiteral("ann@own.example"), QStringLiteral("en")};
            profile.locations = {{QStringLiteral("City"), QString::fromLatin1(country)}};
            QCOMPARE(profiles.setProfile(profile).result, ProfileChange::Result::Created);
        }
        const QDateTime arrived = utc("2026-03-10T00:00:00Z");
        const QList<std::tuple<const char *, const char *, int>> answered{
            {"k1", "KR", 60}, {"k2", "KR", 180}, {"k3", "KR", 30 * 60}, {"u1", "US", 120}, {"j1", "JP", 10}};
        for (const auto &[id, country, minutes] : answered) {
            Referral referral = sampleReferral(QString::fromLatin1(id), arrived);
            referral.partnerId.clear(); // routed, as a new referral of the own partner is
            referral.customer.address.country = QString::fromLatin1(country);
            storeReferral(db.store(), referral, arrived);
            QCOMPARE(db.store().apply(referral.id, requestFor(Action::Interested, {}), arrived.addSecs(minutes * 60), QStringLiteral("kim")).result,
                     ActionOutcome::Result::Applied);
        }
        ReportBuilder builder(db.database());
        const std::optional<Report> report = builder.build(march());
        QVERIFY2(report, qPrintable(builder.lastError()));
        const Responsiveness &numbers = report->current.responsiveness;
        QCOMPARE(numbers.answered, 5);
        QCOMPARE(numbers.medianMinutes, std::optional<double>(120.0));
        QCOMPARE(numbers.byRep.size(), 1);
        QCOMPARE(numbers.byRep.at(0).answered, 5);
        QCOMPARE(numbers.byProfile.size(), 2); // the one routed to none is in no profile's row
        const AnswerTimes &kr = numbers.byProfile.at(0);
        QCOMPARE(kr.who, QStringLiteral("kr"));
        QCOMPARE(kr.answered, 3);
        QCOMPARE(kr.medianMinutes, std::optional<double>(180.0));
        QCOMPARE(kr.withinTarget, 2); // 30 hours is past the target
        const AnswerTimes &us = numbers.byProfile.at(1);
        QCOMPARE(us.who, QStringLiteral("us"));
        QCOMPARE(us.answered, 1);
        QCOMPARE(us.medianMinutes, std::optional<double>(120.0));
    }

    void reasonsCountPresetsByCode()
    {
        const QList<ReasonCount> &reasons = m_report.current.reasons;
        QCOMPARE(reasons.size(), 3);
        // Declined first, then skipped, then lost; the two skips share one preset in two languages.
        QCOMPARE(reasons.at(0).outcome, Status::Declined);
        QCOMPARE(reasons.at(0).reason, QStringLiteral("Too far away"));
        QVERIFY(!reasons.at(0).preset);
        QCOMPARE(reasons.at(0).count, 1);
        QCOMPARE(reasons.at(1).outcome, Status::Skipped);
        QCOMPARE(reasons.at(1).reason, QStringLiteral("outside-region"));
        QVERIFY(reasons.at(1).preset);
        QCOMPARE(reasons.at(1).count, 2);
        QCOMPARE(reasons.at(2).outcome, Status::Lost);
        QCOMPARE(reasons.at(2).reason, QStringLiteral("price"));
        QCOMPARE(reasons.at(2).count, 1);
    }

    void responsivenessOfWhatArrivedNew()
    {
        const Responsiveness &numbers = m_report.current.responsiveness;
        QCOMPARE(numbers.considered, 9);      // all but r07
        QCOMPARE(numbers.alreadyAnswered, 1); // r07 arrived Negotiating
        // First answers in minutes: r05 60, r13 60, r01 120, r06 240, r12 300, r03 600, r02 1800.
        QCOMPARE(numbers.answered, 7);
        QCOMPARE(numbers.medianMinutes, std::optional<double>(240.0));
        QCOMPARE(numbers.withinTarget, 6); // all but r02
        QCOMPARE(numbers.withinTargetShare(), 6.0 / 9.0);
        QCOMPARE(numbers.missedShare(), 1.0 / 9.0);
        QCOMPARE(numbers.expiredShare(), 2.0 / 9.0);

        QCOMPARE(numbers.byRep.size(), 3);
        const AnswerTimes &kim = numbers.byRep.at(0); // 120, 240, 300, 600
        QCOMPARE(kim.who, QStringLiteral("kim"));
        QCOMPARE(kim.answered, 4);
        QCOMPARE(kim.medianMinutes, std::optional<double>(270.0));
        QCOMPARE(kim.withinTargetShare(), 1.0);
        const AnswerTimes &lee = numbers.byRep.at(1); // 60, 1800
        QCOMPARE(lee.who, QStringLiteral("lee"));
        QCOMPARE(lee.medianMinutes, std::optional<double>(930.0));
        QCOMPARE(lee.withinTargetShare(), 0.5);
        QCOMPARE(numbers.byRep.at(2).who, QStringLiteral("park"));
        QCOMPARE(numbers.byRep.at(2).medianMinutes, std::optional<double>(60.0));
    }

    void pipelineAndForecastOfOpenReferrals()
    {
        const PeriodReport &now = m_report.current;
        // r08's hint (new), r06 and r07's estimates (negotiating); r11 arrived in April.
        QCOMPARE(now.pipeline.size(), 3);
        QCOMPARE(now.pipeline.at(0).stage, Status::New);
        QCOMPARE(now.pipeline.at(0).currency, QStringLiteral("USD"));
        QCOMPARE(now.pipeline.at(0).minorUnits, 5000);
        QCOMPARE(now.pipeline.at(1).stage, Status::Negotiating);
        QCOMPARE(now.pipeline.at(1).currency, QStringLiteral("KRW"));
        QCOMPARE(now.pipeline.at(1).minorUnits, 5000000);
        QCOMPARE(now.pipeline.at(2).currency, QStringLiteral("USD"));
        QCOMPARE(now.pipeline.at(2).minorUnits, 30000);
        QCOMPARE(now.openWithoutValue, 0);

        QCOMPARE(now.forecast.size(), 2);
        QCOMPARE(now.forecast.at(0).month, QStringLiteral("2026-05"));
        QCOMPARE(now.forecast.at(0).currency, QStringLiteral("KRW"));
        QCOMPARE(now.forecast.at(1).month, QStringLiteral("2026-06"));
        QCOMPARE(now.forecast.at(1).minorUnits, 30000);
    }

    void wonValueAndEstimates()
    {
        const PeriodReport &now = m_report.current;
        QCOMPARE(now.wonValue.size(), 1);
        QCOMPARE(now.wonValue.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(now.wonValue.at(0).minorUnits, 120000);
        // r01: estimated EUR 1000.00 closing April 15, won March 20 (KST): 26 days early.
        QCOMPARE(now.estimates.size(), 1);
        const EstimateAccuracy &eur = now.estimates.at(0);
        QCOMPARE(eur.deals, 1);
        QCOMPARE(eur.estimatedMinorUnits, 100000);
        QCOMPARE(eur.finalMinorUnits, 120000);
        QCOMPARE(eur.closedEarly, 1);
        QCOMPARE(eur.closedLate, 0);
        QCOMPARE(eur.medianSlipDays, std::optional<double>(-26.0));
    }

    void previousPeriod()
    {
        // Only r09 arrived (February 20); nothing closed between January 29 and February 28.
        const PeriodReport &before = m_report.previous;
        QCOMPARE(before.funnel.received, 1);
        QCOMPARE(before.funnel.interested, 1);
        QCOMPARE(before.funnel.accepted, 1);
        QCOMPARE(before.funnel.won, 0);
        for (Status status : reportOutcomes())
            QCOMPARE(before.outcome(status), 0);
        QCOMPARE(before.responsiveness.answered, 1);
        QCOMPARE(before.responsiveness.medianMinutes, std::optional<double>(1200.0));
        QVERIFY(before.pipeline.isEmpty());
        QVERIFY(before.wonValue.isEmpty());
    }

    void onePartner()
    {
        ReportBuilder builder(m_db.database());
        const std::optional<Report> report = builder.build(march(QStringLiteral("p2")));
        QVERIFY(report);
        QCOMPARE(report->current.funnel.received, 1);
        QCOMPARE(report->current.outcome(Status::Expired), 1);
        QCOMPARE(report->current.responsiveness.byRep.size(), 1);
        QCOMPARE(report->current.responsiveness.byRep.at(0).who, QStringLiteral("park"));
        QCOMPARE(report->current.responsiveness.expiredShare(), 1.0);
    }

    void emptyPeriodHasNoMedian()
    {
        ReportScope scope = march();
        scope.period.from = QDate(2030, 1, 1);
        scope.period.to = QDate(2030, 1, 31);
        ReportBuilder builder(m_db.database());
        const std::optional<Report> report = builder.build(scope);
        QVERIFY(report);
        const QJsonObject json = reportToJson(*report);
        const QJsonObject responsiveness = json.value(QStringLiteral("responsiveness")).toObject();
        QVERIFY(responsiveness.value(QStringLiteral("medianFirstResponseMinutes")).isNull());
        QCOMPARE(responsiveness.value(QStringLiteral("within24hShare")).toDouble(-1), 0.0);
        QCOMPARE(json.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("received")).toInt(-1), 0);
    }

    void jsonHasTheKeysOfTheContract()
    {
        const QJsonObject json = reportToJson(m_report);
        QStringList keys = json.keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("forecast"), QStringLiteral("funnel"), QStringLiteral("outcomes"),
                                    QStringLiteral("period"), QStringLiteral("pipeline"), QStringLiteral("previous"),
                                    QStringLiteral("reasons"), QStringLiteral("responsiveness"), QStringLiteral("wonValue")}));
        const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
        keys.removeOne(QStringLiteral("previous"));
        QCOMPARE(previous.keys(), keys);
        QCOMPARE(json.value(QStringLiteral("wonValue")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("1200.00"));
        QCOMPARE(json.value(QStringLiteral("pipeline")).toArray().at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("5000000"));
        const QJsonObject byRep = json.value(QStringLiteral("responsiveness")).toObject().value(QStringLiteral("byRep")).toArray().at(0).toObject();
        QCOMPARE(byRep.keys(), (QStringList{QStringLiteral("answered"), QStringLiteral("medianFirstResponseMinutes"),
                                            QStringLiteral("rep"), QStringLiteral("within24hShare")}));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
