#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-07-01T09:00:00Z");
const QDateTime kLater = kReceived.addDays(10);

void storeNew(TestDatabase &db, const QString &id)
{
    storeReferral(db.store(), sampleReferral(id, kReceived), kReceived);
}

} // namespace

// One bad row never stops a sweep: it is set aside and reported, the rest is archived.
class TestSweepSetAside : public QObject
{
    Q_OBJECT

private slots:
    void shouldArchiveTheRestAndSetADamagedRowAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown status") << "UPDATE referrals SET status = 'bogus' WHERE id = 'b'" << "bogus";
        QTest::newRow("an archived status with a deadline") << "UPDATE referrals SET status = 'won', tab = 'archived' WHERE id = 'b'" << "deadline";
        // What a lone surrogate became before import refused it: bytes that are not UTF-8. Only a
        // file can hold them; a server refuses them on the way in.
        if (!testsRunOnServer())
            QTest::newRow("an id that is not UTF-8") << "UPDATE referrals SET id = CAST(X'50432D313233EDA080' AS TEXT) WHERE id = 'b'" << "UTF-8";
    }

    void shouldArchiveTheRestAndSetADamagedRowAside()
    {
        QFETCH(QString, damage);
        QFETCH(QString, mentions);
        TestDatabase db;
        for (const char *id : {"a", "b", "c"})
            storeNew(db, QString::fromLatin1(id));
        // History rows keep naming the id the damage changes.
        QVERIFY(db.exec(db.location().onServer() ? QStringLiteral("SET session_replication_role = replica")
                                                 : QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(db.exec(damage));

        const SweepResult first = db.store().sweep(kLater);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.missed, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(first.setAside.size(), 1);
        QVERIFY2(first.setAside.first().error.contains(mentions), qPrintable(first.setAside.first().error));
        QCOMPARE(db.store().find(QStringLiteral("a"))->status, Status::Missed);
        QCOMPARE(db.outbox().pendingCount(), 2);

        // The next sweep neither fails on it nor reports it again, and the checker is not
        // woken for it over and over.
        const SweepResult second = db.store().sweep(kLater.addSecs(60));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QVERIFY(second.isEmpty());
        QVERIFY(second.setAside.isEmpty());
        QVERIFY(!db.store().nextDeadline());

        // New referrals that fall due later are archived as ever.
        storeNew(db, QStringLiteral("d"));
        QCOMPARE(db.store().sweep(kLater.addDays(1)).missed, QStringList{QStringLiteral("d")});
    }

    void shouldSetAsideMoreThanABatchOfDamagedRowsAndStillArchiveTheRest()
    {
        TestDatabase db;
        QList<Referral> batch;
        for (int i = 0; i < 600; ++i)
            batch.append(sampleReferral(QStringLiteral("bad-%1").arg(i, 4, 10, QLatin1Char('0')), kReceived.addSecs(-60)));
        batch.append(sampleReferral(QStringLiteral("good"), kReceived));
        QVERIFY(db.store().insert(batch, kReceived, QStringLiteral("tester")).error.isEmpty());
        QVERIFY(db.exec(QStringLiteral("UPDATE referrals SET status = 'bogus' WHERE id LIKE 'bad-%'")));
        const SweepResult result = db.store().sweep(kLater);
        QCOMPARE(result.setAside.size(), 600);
        QCOMPARE(result.missed, QStringList{QStringLiteral("good")});
    }

    void shouldStopOnADatabaseErrorAndTryAgainNextTime()
    {
        TestDatabase db;
        storeNew(db, QStringLiteral("a"));
        // A failing write is the database's trouble, not the row's: nothing is set aside.
        QVERIFY(db.failWrites(QStringLiteral("outbox"), QStringLiteral("INSERT"), QStringLiteral("disk full")));
        const SweepResult failed = db.store().sweep(kLater);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(failed.setAside.isEmpty());
        QVERIFY(db.allowWrites());
        QCOMPARE(db.store().sweep(kLater).missed, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestSweepSetAside)
#include "tst_sweepsetaside.moc"
