#include "databasewatcher.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;

// The window learns of changes other programs commit (the command line, an import thread).
class TestDatabaseWatcher : public QObject
{
    Q_OBJECT

private slots:
    void shouldNoticeACommitFromAnotherConnectionOnly()
    {
        TestDatabase db;
        DatabaseWatcher watcher(db.database(), 60 * 60 * 1000);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changedElsewhere);

        storeReferral(db.store(), sampleReferral(QStringLiteral("own"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        watcher.checkNow();
        QCOMPARE(changed.count(), 0);

        DatabaseError error;
        std::unique_ptr<Database> other = Database::openSqlite(db.path(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ReferralStore otherStore(*other);
        storeReferral(otherStore, sampleReferral(QStringLiteral("theirs"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
    }

    void shouldPollOnItsOwn()
    {
        TestDatabase db;
        DatabaseWatcher watcher(db.database(), 20);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changedElsewhere);
        DatabaseError error;
        std::unique_ptr<Database> other = Database::openSqlite(db.path(), &error);
        ReferralStore otherStore(*other);
        storeReferral(otherStore, sampleReferral(QStringLiteral("theirs"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        QVERIFY(changed.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWatcher)
#include "tst_databasewatcher.moc"
