#include "backgroundsender.h"
#include "clock.h"
#include "mailsettings.h"
#include "smtptestserver.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");

} // namespace

// The app's sender: rounds on its own thread and connection, only once mail is set up.
class TestBackgroundSender : public QObject
{
    Q_OBJECT

private slots:
    void shouldSendWhatIsDueOnItsOwnThread()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        Referral referral = sampleReferral(QStringLiteral("r"), kNow);
        storeReferral(db.store(), referral, kNow);
        QCOMPARE(db.store().apply(QStringLiteral("r"), requestFor(Action::Skip, QString()), kNow, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
        ManualClock clock(kNow.addSecs(60)); // after the undo grace

        BackgroundSender sender(db.database().spec(), clock);
        QSignalSpy rounds(&sender, &BackgroundSender::roundFinished);
        sender.start();
        // Without mail settings a round does nothing and says nothing.
        QTest::qWait(200);
        QCOMPARE(rounds.count(), 0);

        QString error;
        QVERIFY(saveMailSettings(db.database(), MailSettings{server.url(), QStringLiteral("desk@contoso.example"), {}}, &error));
        sender.sendSoon();
        QVERIFY(rounds.wait(20000));
        const SendSummary summary = rounds.last().first().value<SendSummary>();
        QCOMPARE(summary.sent, 1);
        QVERIFY(summary.error.isEmpty());
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(db.outbox().pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSender)
#include "tst_backgroundsender.moc"
