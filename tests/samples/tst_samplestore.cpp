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

    void shouldStoreWhatHappenedToEachSampleAsItsHistory()
    {
        // The dashboard's response times and the Review window's rep filter read history: the
        // samples arrive with the history a real team would have left.
        TestDatabase db;
        const QDateTime now = utc("2026-09-10T12:00:00Z");
        const SampleBatch samples = sampleBatch(300, now, 11, 0);
        QCOMPARE(samples.stories.size(), samples.referrals.size());
        QVERIFY(db.store().insert(samples.referrals, now, QStringLiteral("dana"), InsertMode::AsGiven, samples.stories).error.isEmpty());

        int answeredByReps = 0;
        for (const Referral &sample : samples.referrals) {
            const Referral stored = *db.store().find(sample.id);
            const QList<HistoryEntry> history = db.store().history(sample.id);
            QVERIFY(!history.isEmpty());
            // It arrived New when it was received, loaded by whoever loaded it.
            QVERIFY(!history.first().from);
            QCOMPARE(history.first().to, Status::New);
            QCOMPARE(history.first().at, stored.receivedAt);
            QCOMPARE(history.first().actor, QStringLiteral("dana"));
            // Each step starts where the one before ended, in time order, and the last one is
            // the status it has now, entered when it says.
            for (qsizetype i = 1; i < history.size(); ++i) {
                QCOMPARE(*history.at(i).from, history.at(i - 1).to);
                QVERIFY(history.at(i).at >= history.at(i - 1).at);
            }
            QCOMPARE(history.last().to, stored.status);
            QCOMPARE(history.last().at, stored.statusSince);
            if (stored.status == Status::Missed || stored.status == Status::Expired)
                QCOMPARE(history.last().actor, QStringLiteral("system"));
            if (history.size() > 1 && history.at(1).actor.startsWith(QLatin1String("sample.")))
                ++answeredByReps;
            if (stored.status == Status::Won)
                QCOMPARE(history.last().value, stored.finalValue);
        }
        QVERIFY(answeredByReps > 100);
    }

    void shouldRemoveNothingWhenAStepFails()
    {
        TestDatabase db;
        const QDateTime now = utc("2026-09-10T12:00:00Z");
        QVERIFY(db.store().insert(sampleReferrals(5, now, 11, 0), now, QStringLiteral("dana")).error.isEmpty());
        QVERIFY(db.failWrites(QStringLiteral("referrals"), QStringLiteral("DELETE"), QStringLiteral("locked")));
        QVERIFY(!db.store().removeSamples().error.isEmpty());
        QCOMPARE(db.store().sampleCount(), 5);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT referral_id) FROM referral_history")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
