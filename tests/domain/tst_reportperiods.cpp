#include "reportperiods.h"

#include <QTest>

using namespace rd;

class TestReportPeriods : public QObject
{
    Q_OBJECT

private slots:
    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::newRow("this month") << int(PeriodPreset::ThisMonth) << QDate(2026, 5, 1) << QDate(2026, 5, 14) << QDate(2026, 4, 17);
        QTest::newRow("last month") << int(PeriodPreset::LastMonth) << QDate(2026, 4, 1) << QDate(2026, 4, 30) << QDate(2026, 3, 2);
        QTest::newRow("this quarter") << int(PeriodPreset::ThisQuarter) << QDate(2026, 4, 1) << QDate(2026, 5, 14) << QDate(2026, 2, 16);
        QTest::newRow("last 90 days") << int(PeriodPreset::Last90Days) << QDate(2026, 2, 14) << QDate(2026, 5, 14) << QDate(2025, 11, 16);
        QTest::newRow("this year") << int(PeriodPreset::ThisYear) << QDate(2026, 1, 1) << QDate(2026, 5, 14) << QDate(2025, 8, 20);
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        const ReportPeriod period = presetPeriod(PeriodPreset(preset), QDate(2026, 5, 14), QTimeZone("Asia/Seoul"));
        QCOMPARE(period.from, from);
        QCOMPARE(period.to, to);
        QVERIFY(period.isValid());
        // The period before has the same length and ends the day before.
        QCOMPARE(period.previous().from, previousFrom);
        QCOMPARE(period.previous().to, from.addDays(-1));
        QCOMPARE(period.previous().days(), period.days());
    }
};

QTEST_GUILESS_MAIN(TestReportPeriods)
#include "tst_reportperiods.moc"
