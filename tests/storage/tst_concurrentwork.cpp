#include "testdatabase.h"

#include <QSet>
#include <QTest>

#include <latch>
#include <mutex>
#include <thread>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// Several reps, windows and command lines on one database at the same moment, each on a
// connection of its own as they are in life: one decision wins, each deadline is archived
// once, each message goes once. On a server the losers wait on row locks; on a file the write
// transactions take turns.
class TestConcurrentWork : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // Runs `work(store, index)` on `count` threads, each with a connection of its own, released
    // together once every one is connected; returns what each returned, by index.
    template<typename Result, typename Work>
    QList<Result> atOnce(int count, Work work)
    {
        QList<Result> results(count);
        std::latch connected(count);
        std::mutex failures;
        QStringList problems;
        std::vector<std::thread> threads;
        for (int i = 0; i < count; ++i) {
            threads.emplace_back([&, i] {
                DatabaseError error;
                std::unique_ptr<Database> database =
                    Database::open(m_db->location().spec(Session{QStringLiteral("rep%1").arg(i)}), &error);
                connected.arrive_and_wait();
                if (!database) {
                    const std::lock_guard lock(failures);
                    problems.append(error.message);
                    return;
                }
                ReferralStore store(*database);
                results[i] = work(store, *database, i);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        if (!problems.isEmpty())
            qFatal("a connection failed: %s", qPrintable(problems.first()));
        return results;
    }

    int count(const QString &sql, const QVariantList &bindings = {}) { return m_db->scalar(sql, bindings).toInt(); }

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void shouldTellTheRepWhoLostWhoChangedTheReferralAndWhen()
    {
        storeReferral(m_db->store(), sampleReferral(QStringLiteral("r"), kNow.addSecs(-3600)), kNow);
        const int shownVersion = m_db->store().find(QStringLiteral("r"))->version;

        DatabaseError error;
        const std::unique_ptr<Database> kims = Database::open(m_db->location().spec(Session{QStringLiteral("kim")}), &error);
        QVERIFY2(kims, qPrintable(error.message));
        ReferralStore kim(*kims);
        QCOMPARE(kim.apply(QStringLiteral("r"), requestFor(Action::Interested, {}), kNow.addSecs(60), QStringLiteral("kim"), shownVersion).result,
                 ActionOutcome::Result::Applied);

        // Dana still sees it as New and says No thanks.
        const ActionOutcome refused =
            m_db->store().apply(QStringLiteral("r"), requestFor(Action::Skip, QStringLiteral("Too busy")), kNow.addSecs(120), QStringLiteral("dana"), shownVersion);
        QCOMPARE(refused.result, ActionOutcome::Result::Refused);
        QCOMPARE(refused.refusal, Refusal::Conflict);
        QVERIFY2(refused.message.startsWith(QStringLiteral("kim changed this referral at ")), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QLocale().toString(kNow.addSecs(60).toLocalTime(), QLocale::ShortFormat)), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QStringLiteral("Evaluating")), qPrintable(refused.message));
        QCOMPARE(refused.referral->status, Status::Evaluating);
        QCOMPARE(refused.referral->version, shownVersion + 1);
        // Nothing of Dana's was written.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE referral_id = 'r'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE referral_id = 'r' AND kind = 'customer-notice'")), 0);
    }

    void shouldLetOneOfManyRepsDecideAtTheSameMoment()
    {
        storeReferral(m_db->store(), sampleReferral(QStringLiteral("r"), kNow.addSecs(-3600)), kNow);
        const int shownVersion = m_db->store().find(QStringLiteral("r"))->version;
        const QList<ActionOutcome> outcomes = atOnce<ActionOutcome>(6, [&](ReferralStore &store, Database &, int i) {
            return store.apply(QStringLiteral("r"), requestFor(Action::Skip, QStringLiteral("No capacity")), kNow,
                               QStringLiteral("rep%1").arg(i), shownVersion);
        });

        int applied = 0;
        QString winner;
        for (int i = 0; i < outcomes.size(); ++i) {
            const ActionOutcome &outcome = outcomes.at(i);
            // Each loser is refused in words and shown the new state; none fails.
            QVERIFY2(outcome.result != ActionOutcome::Result::Failed, qPrintable(outcome.message));
            if (outcome.result == ActionOutcome::Result::Applied) {
                ++applied;
                winner = QStringLiteral("rep%1").arg(i);
                continue;
            }
            QCOMPARE(outcome.refusal, Refusal::Conflict);
            QCOMPARE(outcome.referral->status, Status::Skipped);
        }
        QCOMPARE(applied, 1);
        for (const ActionOutcome &outcome : outcomes) {
            if (outcome.result == ActionOutcome::Result::Refused)
                QVERIFY2(outcome.message.startsWith(winner + QStringLiteral(" changed this referral")), qPrintable(outcome.message));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE referral_id = 'r'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE referral_id = 'r' AND kind = 'customer-notice'")), 1);
    }

    void shouldArchiveEachReferralOnceWhenSweepsRunAtOnce()
    {
        QList<Referral> late;
        for (int i = 0; i < 40; ++i)
            late.append(sampleReferral(QStringLiteral("late-%1").arg(i), kNow.addSecs(-3600 + i)));
        QVERIFY(m_db->store().insert(late, kNow, QStringLiteral("importer")).error.isEmpty());
        const QDateTime afterDeadlines = kNow.addDays(4);

        const QList<SweepResult> sweeps = atOnce<SweepResult>(5, [&](ReferralStore &store, Database &, int) { return store.sweep(afterDeadlines); });
        QSet<QString> archived;
        for (const SweepResult &sweep : sweeps) {
            QVERIFY2(sweep.error.isEmpty(), qPrintable(sweep.error));
            for (const QString &id : sweep.missed) {
                QVERIFY2(!archived.contains(id), qPrintable(id + QStringLiteral(" archived twice")));
                archived.insert(id);
            }
        }
        QCOMPARE(archived.size(), 40);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE status = 'missed'")), 40);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral_history WHERE to_status = 'missed'")), 40);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'customer-notice'")), 40);
    }

    void shouldHandEachMessageToOneSenderOnly()
    {
        QList<Referral> skipped;
        for (int i = 0; i < 30; ++i)
            skipped.append(sampleReferral(QStringLiteral("s-%1").arg(i), kNow.addSecs(-3600 + i)));
        QVERIFY(m_db->store().insert(skipped, kNow, QStringLiteral("importer")).error.isEmpty());
        for (const Referral &referral : std::as_const(skipped)) {
            QCOMPARE(m_db->store().apply(referral.id, requestFor(Action::Skip, QStringLiteral("No capacity")), kNow, QStringLiteral("dana")).result,
                     ActionOutcome::Result::Applied);
        }
        const int messages = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(messages >= 30);
        const QDateTime afterGrace = kNow.addSecs(3600);

        const QList<QList<qint64>> taken = atOnce<QList<qint64>>(4, [&](ReferralStore &, Database &database, int) {
            Outbox outbox(database);
            QList<qint64> ids;
            while (const std::optional<OutboxMessage> message = outbox.takeNext(afterGrace)) {
                ids.append(message->id);
                outbox.markSent(message->id, afterGrace);
            }
            if (!outbox.lastError().isEmpty())
                ids.append(-1);
            return ids;
        });
        QSet<qint64> all;
        for (const QList<qint64> &ids : taken) {
            for (qint64 id : ids) {
                QVERIFY2(id > 0, "a sender failed");
                QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("message %1 taken twice").arg(id)));
                all.insert(id);
            }
        }
        QCOMPARE(all.size(), messages);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 1")), messages);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWork)
#include "tst_concurrentwork.moc"
