#include "backgrounddeadlines.h"
#include "clock.h"
#include "deadlinechecker.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QTest>
#include <QThread>

using namespace rd;

// The app's deadline checker works on a thread of its own, so that a long catch-up never
// freezes the window.
class TestBackgroundDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void shouldCatchUpOnItsOwnThreadAndReportToTheWindowsThread()
    {
        TestDatabase db;
        const QDateTime received = utc("2026-02-01T00:00:00Z");
        QList<Referral> referrals;
        for (int i = 0; i < 700; ++i)
            referrals.append(sampleReferral(QStringLiteral("r%1").arg(i), received));
        QVERIFY(db.store().insert(referrals, received, QStringLiteral("t")).error.isEmpty());

        ManualClock clock(received.addDays(5));
        BackgroundDeadlines deadlines(db.database().spec(), clock);
        QVERIFY2(deadlines.checker(), qPrintable(deadlines.error()));
        QVERIFY(deadlines.checker()->thread() != QThread::currentThread());

        QStringList missed;
        QThread *deliveredOn = nullptr;
        connect(deadlines.checker(), &DeadlineChecker::archived, this, [&](const SweepResult &result) {
            missed += result.missed;
            deliveredOn = QThread::currentThread();
        });
        deadlines.start();
        QTRY_COMPARE_WITH_TIMEOUT(missed.size(), 700, 20000);
        QCOMPARE(deliveredOn, QThread::currentThread());
        // The window's own connection sees the result.
        QCOMPARE(db.store().countsByTab().value(Tab::Archived), 700);
    }

    void shouldSayWhyItCannotStart()
    {
        QTemporaryDir dir;
        const QString broken = writeTestFile(dir, QStringLiteral("broken.sqlite"), QByteArray("garbage\n").repeated(500));
        ManualClock clock(utc("2026-02-01T00:00:00Z"));
        BackgroundDeadlines deadlines(ConnectionSpec::sqliteFile(broken), clock);
        QVERIFY(!deadlines.checker());
        QVERIFY2(deadlines.error().contains(broken), qPrintable(deadlines.error()));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundDeadlines)
#include "tst_backgrounddeadlines.moc"
