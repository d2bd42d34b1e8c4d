#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace rd {

class Database;

// What became of a message: waiting (or being tried), sent, failed for good (a 5xx, a bad
// address) until someone retries it, or withdrawn before it went (an undo, a moot reminder).
enum class OutboxStatus { Pending, Sent, Failed, Withdrawn };

QString outboxStatusName(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromName(const QString &name);

// One e-mail the outbox holds: a new-referral alert or a reminder to a profile's contact, or a
// customer notice ("please choose a different partner"), addressed to one person in their
// language. Written in the transaction of the change that caused it.
struct OutboxMessage
{
    qint64 id = 0;
    QString referralId;
    QString kind;  // messageKindName(): new-referral, customer-notice, reminder
    QString topic; // a reminder's: target or deadline
    QString recipient;     // the e-mail address
    QString recipientName; // may be empty
    QString locale;        // "ko" or "en"
    QDateTime createdAt;
    QDateTime notBefore;    // the undo grace of a decision's notice, then the next retry
    QDateTime sentAt;       // invalid while unsent
    QDateTime withdrawnAt;  // invalid unless taken back
    QDateTime failedAt;     // invalid unless it failed for good
    QDateTime sendingSince; // a sender took it then; invalid when no one is sending it
    int attempts = 0;
    QString lastError; // the server's words at the last failed attempt

    OutboxStatus status() const;
    // Not sent, not withdrawn, not failed: a sender may still take it.
    bool isOpen() const { return status() == OutboxStatus::Pending; }
};

// The outbox as senders and reviewers see it. Each change is one statement on one row, so two
// senders can never both take or both mark one message.
class Outbox
{
public:
    explicit Outbox(Database &database);

    // Messages that may go out at `now` (open, grace or backoff over, no one sending), oldest first.
    QList<OutboxMessage> pending(const QDateTime &now, int limit = 100) const;
    // Open messages, including those still waiting out their grace or a retry.
    int pendingCount() const;
    // Every message about one referral, oldest first, whatever became of it.
    QList<OutboxMessage> list(const QString &referralId) const;
    // A page of all messages in id order after `afterId`, of one status when it is given.
    QList<OutboxMessage> page(std::optional<OutboxStatus> status, qint64 afterId, int limit) const;
    std::optional<OutboxMessage> message(qint64 id) const;

    // A sender takes message `id` at `now` and counts the attempt; false when it is not due or
    // another sender has it.
    bool claim(qint64 id, const QDateTime &now);
    // A sender takes the oldest message due at `now` that no other sender has, counts the
    // attempt and returns it as it was before (attempts not yet counted); nothing when none is
    // left or the database failed (lastError()). Senders at once each take another message:
    // rows another one is taking are skipped, not waited for.
    std::optional<OutboxMessage> takeNext(const QDateTime &now);
    // Records that message `id` went out at `at`. False, and nothing changes, when it was sent
    // or withdrawn meanwhile, or its grace is not over at `at`: a message never goes twice.
    bool markSent(qint64 id, const QDateTime &at);
    // The server could not take it now (down, a 4xx): it waits until `retryAt`.
    bool deferAfterFailure(qint64 id, const QString &error, const QDateTime &retryAt);
    // The server refused it for good (a 5xx, a bad address): failed, with the server's words.
    bool markFailed(qint64 id, const QString &error, const QDateTime &at);
    // Puts a failed message back in the queue, due at `now`.
    bool retry(qint64 id, const QDateTime &now);
    // Takes message `id` back before it is sent; false when it is sent or withdrawn already.
    bool withdraw(qint64 id, const QDateTime &at);
    // Messages a sender took before `takenBefore` and never finished (it crashed) go back to
    // the queue; returns how many.
    int releaseAbandoned(const QDateTime &takenBefore);

    // Why the last call failed for a reason of the database (empty otherwise).
    QString lastError() const { return m_lastError; }

private:
    QList<OutboxMessage> select(const QString &condition, const QVariantList &bindings) const;
    // Runs an UPDATE of one message; true when it changed a row.
    bool updateOne(const QString &sql, const QVariantList &bindings);

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace rd
