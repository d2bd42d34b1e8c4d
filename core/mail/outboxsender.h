#pragma once

#include "mailsettings.h"
#include "outbox.h"

#include <QDateTime>
#include <QString>
#include <atomic>

namespace rd {

class Database;
class SmtpTransport;

// What one round of sending came to: messages the server took, refused for good, and left to
// try again later (the server down or busy); `error` when the round could not run at all.
struct SendSummary
{
    int sent = 0;
    int failed = 0;
    int retrying = 0;
    QString error;
};

// Delivers the outbox: at least once, each outbox row with the same Message-ID on every
// attempt; a 4xx or an unreachable server waits with exponential backoff, a 5xx or a bad
// address fails the row with the server's words, and rows a crashed sender left half-sent go
// back to the queue. Runs on whatever thread owns `database` (never the GUI's).
class OutboxSender
{
public:
    OutboxSender(Database &database, const MailSettings &settings, SmtpTransport &transport);

    // Sends each message due at `now` once, then returns; stops between messages when *stop.
    SendSummary sendDue(const QDateTime &now, const std::atomic<bool> *stop = nullptr);

    // When a message that failed for the `attempts`-th time is tried again: a minute after the
    // first failure, doubling, never more than 30 minutes apart.
    static QDateTime retryAt(int attempts, const QDateTime &failedAt);
    // A sender that took a message this long ago and never finished it has died.
    static constexpr qint64 kAbandonedAfterSeconds = 15 * 60;

private:
    enum class Step { Sent, Failed, Retrying, ServerDown };
    Step sendOne(const OutboxMessage &message, const QDateTime &now, QString *serverWords);
    // The server is out of reach: every other message due now waits for the next try, untried.
    int deferRest(const QDateTime &now, const QString &serverWords);
    QString messageId(qint64 outboxId);

    Database &m_database;
    MailSettings m_settings;
    SmtpTransport &m_transport;
    Outbox m_outbox;
    QString m_instance;
};

} // namespace rd
