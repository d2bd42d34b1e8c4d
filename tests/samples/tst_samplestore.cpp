#include "samplereferrals.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

// Sample referrals are marked, tell no customer anything, and go away together.
class TestSampleStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldMarkSamplesAndRemoveOnlyThemWithEverythingTheyLeft()
    {
        TestDatabase db;
        const QDateTime now = utc("2026-09-10T12:00:00Z");
        const QList<Referral> samples = sampleReferrals(50, now, 11, 0);
        QVERIFY(std::all_of(samples.cbegin(), samples.cend(), [](const Referral &r) { return r.sample; }));
        QVERIFY(db.store().insert(samples, now, QStringLiteral("dana")).error.isEmpty());
        storeReferral(db.store(), sampleReferral(QStringLiteral("real"), now.addSecs(-60)), now);
        QCOMPARE(db.store().sampleCount(), 50);
        QVERIFY(!db.store().find(QStringLiteral("real"))->sample);

        // Time passes: samples fall due like real ones, but no made-up customer is written to.
        db.store().sweep(now.addDays(30));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN referrals r ON r.id = o.referral_id WHERE r.sample = 1")).toInt(), 0);
        QCOMPARE(db.outbox().pendingCount(), 1); // the real one's

        const RemovalResult removed = db.store().removeSamples();
        QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
        QCOMPARE(removed.removed, 50);
        QCOMPARE(db.store().sampleCount(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT referral_id) FROM referral_history")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_search")).toInt(), 1);
        QCOMPARE(db.outbox().pendingCount(), 1);
    }

    void shouldRemoveNothingWhenAStepFails()
    {
        TestDatabase db;
        const QDateTime now = utc("2026-09-10T12:00:00Z");
        QVERIFY(db.store().insert(sampleReferrals(5, now, 11, 0), now, QStringLiteral("dana")).error.isEmpty());
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON referrals BEGIN SELECT RAISE(ABORT, 'locked'); END")));
        QVERIFY(!db.store().removeSamples().error.isEmpty());
        QCOMPARE(db.store().sampleCount(), 5);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT referral_id) FROM referral_history")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
