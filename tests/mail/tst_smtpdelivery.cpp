#include "mailsettings.h"
#include "notifications.h"
#include "outboxsender.h"
#include "profilestore.h"
#include "rfisubmission.h"
#include "smtptestserver.h"
#include "smtptransport.h"
#include "testdatabase.h"
#include "undo.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");
const QString kFrom = QStringLiteral("desk@contoso.example");

BusinessProfile profile(const QString &id, const QString &name, const QString &email, const QString &locale)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = QStringLiteral("contoso");
    profile.region = id;
    profile.contact = ProfileContact{name, email, locale};
    profile.locations = {ProfileLocation{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    return profile;
}

// Three profiles and one RFI to all three: three New referrals, three alerts.
QStringList submitToThree(TestDatabase &db, const QStringList &emails = {QStringLiteral("minji@contoso.example"),
                                                                          QStringLiteral("dana@contoso.example"),
                                                                          QStringLiteral("jun@contoso.example")})
{
    ProfileStore profiles(db.database());
    if (!profiles.setPartner({QStringLiteral("contoso"), QStringLiteral("콘토소 코리아")}).stored())
        return {};
    const QStringList names = {QStringLiteral("김민지"), QStringLiteral("Dana Kim"), QStringLiteral("이준")};
    const QStringList locales = {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("ko")};
    QStringList ids;
    for (int i = 0; i < emails.size(); ++i) {
        ids.append(QStringLiteral("profile-%1").arg(i));
        if (!profiles.setProfile(profile(ids.last(), names.at(i), emails.at(i), locales.at(i))).stored())
            return {};
    }
    Referral request = sampleReferral(QString(), kNow);
    request.name = QStringLiteral("Azure 이전 견적 요청");
    const RfiOutcome outcome = submitRfi(db.database(), db.store(), request, ids, kNow, QStringLiteral("programme"));
    return outcome.result == RfiOutcome::Result::Submitted ? ids : QStringList{};
}

SendSummary sendAt(TestDatabase &db, const QString &serverUrl, const QDateTime &now)
{
    const MailSettings settings{serverUrl, kFrom, {}};
    SmtpTransport transport(settings, {});
    OutboxSender sender(db.database(), settings, transport);
    return sender.sendDue(now);
}

// A port nothing listens on any more: a server's, stopped.
int closedPort()
{
    SmtpTestServer server;
    if (!server.start())
        return 0;
    const int port = server.port();
    server.stop();
    return port;
}

QStringList recipients(const QJsonArray &messages)
{
    QStringList to;
    for (const QJsonValue &message : messages)
        to.append(message.toObject().value(QStringLiteral("envelopeTo")).toArray().first().toString());
    to.sort();
    return to;
}

} // namespace

// The outbox against a real SMTP server (aiosmtpd): what arrives, once, and what waits or fails.
class TestSmtpDelivery : public QObject
{
    Q_OBJECT

private slots:
    void shouldDeliverOneMessagePerOutboxRowToTheRightContacts()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        QCOMPARE(submitToThree(db).size(), 3);
        const SendSummary summary = sendAt(db, server.url(), kNow);
        QCOMPARE(summary.sent, 3);
        QCOMPARE(summary.failed + summary.retrying, 0);
        const QJsonArray messages = server.messages();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(recipients(messages), (QStringList{QStringLiteral("dana@contoso.example"), QStringLiteral("jun@contoso.example"),
                                                    QStringLiteral("minji@contoso.example")}));
        QCOMPARE(db.outbox().pendingCount(), 0);
        // Sending again sends nothing twice.
        QCOMPARE(sendAt(db, server.url(), kNow.addSecs(60)).sent, 0);
        QCOMPARE(server.messages().size(), 3);
    }

    void shouldWriteRealMimeWithKoreanSubjectsAndNames()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        QCOMPARE(submitToThree(db).size(), 3);
        QCOMPARE(sendAt(db, server.url(), kNow).sent, 3);
        bool sawKorean = false;
        bool sawEnglish = false;
        QSet<QString> ids;
        for (const QJsonValue &value : server.messages()) {
            const QJsonObject message = value.toObject();
            QCOMPARE(message.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/plain"));
            QCOMPARE(message.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
            QCOMPARE(message.value(QStringLiteral("date")).toString(), QStringLiteral("Wed, 01 Jul 2026 09:00:00 +0000"));
            QCOMPARE(message.value(QStringLiteral("from")).toString(), QStringLiteral("Referral Desk <desk@contoso.example>"));
            QVERIFY(message.value(QStringLiteral("messageId")).toString().endsWith(QStringLiteral("@contoso.example>")));
            ids.insert(message.value(QStringLiteral("messageId")).toString());
            const QString to = message.value(QStringLiteral("to")).toString();
            const QString subject = message.value(QStringLiteral("subject")).toString();
            const QString body = message.value(QStringLiteral("body")).toString();
            QVERIFY2(subject.contains(QStringLiteral("Azure 이전 견적 요청")), qPrintable(subject));
            QVERIFY(!body.contains(QStringLiteral("한빛 물산"))); // a New referral never names its customer
            if (to == QStringLiteral("김민지 <minji@contoso.example>")) {
                sawKorean = true;
                QVERIFY2(subject.startsWith(QStringLiteral("새 추천")), qPrintable(subject));
                QVERIFY2(body.contains(QStringLiteral("김민지 님, 안녕하세요.")), qPrintable(body));
            } else if (to == QStringLiteral("Dana Kim <dana@contoso.example>")) {
                sawEnglish = true;
                QVERIFY2(subject.startsWith(QStringLiteral("New referral")), qPrintable(subject));
                QVERIFY(body.contains(QStringLiteral("Hello Dana Kim,")));
            }
        }
        QVERIFY(sawKorean);
        QVERIFY(sawEnglish);
        QCOMPARE(ids.size(), 3); // one Message-ID per row
    }

    void shouldLoseNothingWhileTheServerIsDownAndDeliverOnceAfter()
    {
        TestDatabase db;
        QCOMPARE(submitToThree(db).size(), 3);
        const int port = closedPort();
        QVERIFY(port > 0);
        const QString url = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
        const SendSummary down = sendAt(db, url, kNow);
        QCOMPARE(down.sent, 0);
        QCOMPARE(down.failed, 0);
        QCOMPARE(down.retrying, 3);
        QCOMPARE(db.outbox().pendingCount(), 3);
        const QList<OutboxMessage> waiting = db.outbox().page(OutboxStatus::Pending, 0, 10);
        for (const OutboxMessage &message : waiting) {
            QVERIFY(message.notBefore > kNow); // backoff: not at once again
            QVERIFY(!message.lastError.isEmpty());
        }
        // Still down a minute later; the backoff doubles for the one that was tried.
        QCOMPARE(sendAt(db, url, OutboxSender::retryAt(1, kNow)).retrying, 3);

        SmtpTestServer server;
        QVERIFY(server.start(port));
        const SendSummary up = sendAt(db, url, kNow.addSecs(3600));
        QCOMPARE(up.sent, 3);
        QCOMPARE(server.messages().size(), 3);
        QCOMPARE(sendAt(db, url, kNow.addSecs(7200)).sent, 0);
        QCOMPARE(server.messages().size(), 3);
    }

    void shouldFailA550WithTheServersWordsAndRetryA451Later()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        QCOMPARE(submitToThree(db, {QStringLiteral("reject-me@contoso.example"), QStringLiteral("busy@contoso.example"),
                                    QStringLiteral("jun@contoso.example")}).size(), 3);
        const SendSummary summary = sendAt(db, server.url(), kNow);
        QCOMPARE(summary.sent, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.retrying, 1);
        const QList<OutboxMessage> failed = db.outbox().page(OutboxStatus::Failed, 0, 10);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().recipient, QStringLiteral("reject-me@contoso.example"));
        QVERIFY2(failed.first().lastError.startsWith(QStringLiteral("550")), qPrintable(failed.first().lastError));
        QVERIFY(failed.first().lastError.contains(QStringLiteral("mailbox unavailable")));
        const QList<OutboxMessage> waiting = db.outbox().page(OutboxStatus::Pending, 0, 10);
        QCOMPARE(waiting.size(), 1);
        QVERIFY2(waiting.first().lastError.startsWith(QStringLiteral("451")), qPrintable(waiting.first().lastError));
        QCOMPARE(waiting.first().attempts, 1);
        QCOMPARE(waiting.first().notBefore, OutboxSender::retryAt(1, kNow));
        // A failed row waits for a person: later rounds leave it alone until Retry.
        QCOMPARE(sendAt(db, server.url(), kNow.addSecs(3600)).failed, 0);
        QVERIFY(db.outbox().retry(failed.first().id, kNow.addSecs(3600)));
        QCOMPARE(db.outbox().message(failed.first().id)->status(), OutboxStatus::Pending);
        QCOMPARE(server.messages().size(), 1);
    }

    void shouldBackOffExponentiallyUpToHalfAnHour()
    {
        QCOMPARE(OutboxSender::retryAt(1, kNow), kNow.addSecs(60));
        QCOMPARE(OutboxSender::retryAt(2, kNow), kNow.addSecs(120));
        QCOMPARE(OutboxSender::retryAt(3, kNow), kNow.addSecs(240));
        QCOMPARE(OutboxSender::retryAt(6, kNow), kNow.addSecs(1800));
        QCOMPARE(OutboxSender::retryAt(40, kNow), kNow.addSecs(1800));
    }

    void shouldNeverSendAWithdrawnNoticeNorOneInItsGrace()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        Referral referral = sampleReferral(QStringLiteral("r"), kNow);
        referral.customer.contacts.first().email = QStringLiteral("minsu@hanbit.example");
        storeReferral(db.store(), referral, kNow);
        const QDateTime skipped = kNow.addSecs(60);
        QCOMPARE(db.store().apply(QStringLiteral("r"), requestFor(Action::Skip, QString()), skipped, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(sendAt(db, server.url(), skipped.addSecs(1)).sent, 0); // in its undo grace
        const int version = db.store().find(QStringLiteral("r"))->version;
        QCOMPARE(db.store().undo(QStringLiteral("r"), version, skipped.addSecs(2), QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        QCOMPARE(sendAt(db, server.url(), skipped.addSecs(3600)).sent, 0);
        QVERIFY(server.messages().isEmpty());

        // Skipped again and left alone: after the grace the customer hears, in their language.
        const QDateTime again = skipped.addSecs(120);
        QCOMPARE(db.store().apply(QStringLiteral("r"), requestFor(Action::Skip, QString()), again, QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(sendAt(db, server.url(), again.addMSecs(kUndoWindowMs)).sent, 1);
        const QJsonObject notice = server.messages().first().toObject();
        QCOMPARE(notice.value(QStringLiteral("envelopeTo")).toArray().first().toString(), QStringLiteral("minsu@hanbit.example"));
        QVERIFY2(notice.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("다른 파트너를 선택해 주세요")),
                 qPrintable(notice.value(QStringLiteral("subject")).toString()));
    }

    void shouldPutBackWhatACrashedSenderLeftHalfSentWithTheSameMessageId()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        TestDatabase db;
        QCOMPARE(submitToThree(db).size(), 3);
        const qint64 id = db.outbox().pending(kNow, 1).first().id;
        QVERIFY(db.outbox().claim(id, kNow)); // and then the sender died
        QCOMPARE(sendAt(db, server.url(), kNow.addSecs(60)).sent, 2);
        QCOMPARE(db.outbox().message(id)->status(), OutboxStatus::Pending);
        const QDateTime later = kNow.addSecs(OutboxSender::kAbandonedAfterSeconds + 60);
        QCOMPARE(sendAt(db, server.url(), later).sent, 1);
        QCOMPARE(db.outbox().message(id)->status(), OutboxStatus::Sent);
        QCOMPARE(db.outbox().message(id)->attempts, 2);
        const QRegularExpression stable(QStringLiteral("^<outbox\\.%1\\.[0-9a-f-]+@contoso\\.example>$").arg(id));
        QStringList matching;
        for (const QJsonValue &message : server.messages()) {
            if (stable.match(message.toObject().value(QStringLiteral("messageId")).toString()).hasMatch())
                matching.append(message.toObject().value(QStringLiteral("messageId")).toString());
        }
        QCOMPARE(matching.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmtpDelivery)
#include "tst_smtpdelivery.moc"
