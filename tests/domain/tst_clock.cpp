#include "clock.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void shouldStandStillUntilMoved()
    {
        ManualClock clock(utc("2026-05-01T00:00:00Z"));
        QTest::qWait(20);
        QCOMPARE(clock.now(), utc("2026-05-01T00:00:00Z"));
        clock.advance(1500);
        QCOMPARE(clock.now(), utc("2026-05-01T00:00:01.500Z"));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void shouldStartAShiftedClockAtTheGivenInstantAndLetItRun()
    {
        const QDateTime start = utc("2030-01-01T09:00:00Z");
        const ShiftedClock clock(start);
        const QDateTime first = clock.now();
        QVERIFY(qAbs(start.msecsTo(first)) < 1000);
        QTest::qWait(30);
        QVERIFY(first.msecsTo(clock.now()) >= 25);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void shouldReadTheRealClockInUtc()
    {
        const SystemClock clock;
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QVERIFY(clock.now().date().year() >= 2024);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
