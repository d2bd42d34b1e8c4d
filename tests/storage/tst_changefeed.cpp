#include "changefeed.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;

// The window learns of changes other programs commit (the command line, an import thread).
class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void shouldNoticeACommitFromAnotherConnectionOnly()
    {
        TestDatabase db;
        const std::unique_ptr<ChangeFeed> feed = ChangeFeed::open(db.database(), 60 * 60 * 1000);
        QSignalSpy changed(feed.get(), &ChangeFeed::changedElsewhere);

        storeReferral(db.store(), sampleReferral(QStringLiteral("own"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        feed->checkNow();
        QCOMPARE(changed.count(), 0);

        DatabaseError error;
        std::unique_ptr<Database> other = Database::open(db.database().spec(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ReferralStore otherStore(*other);
        storeReferral(otherStore, sampleReferral(QStringLiteral("theirs"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        feed->checkNow();
        QCOMPARE(changed.count(), 1);
        feed->checkNow();
        QCOMPARE(changed.count(), 1);
    }

    void shouldPollOnItsOwn()
    {
        TestDatabase db;
        const std::unique_ptr<ChangeFeed> feed = ChangeFeed::open(db.database(), 20);
        QSignalSpy changed(feed.get(), &ChangeFeed::changedElsewhere);
        DatabaseError error;
        std::unique_ptr<Database> other = Database::open(db.database().spec(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ReferralStore otherStore(*other);
        storeReferral(otherStore, sampleReferral(QStringLiteral("theirs"), utc("2026-01-01T00:00:00Z")), utc("2026-01-01T00:00:00Z"));
        QVERIFY(changed.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
