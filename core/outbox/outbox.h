#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace rd {

class Database;

// A message waiting to go to a customer (today: "choose another partner" after a referral was
// skipped, missed, declined or expired). Decisions write it in their own transaction; a
// sender takes it from here.
struct OutboxMessage
{
    qint64 id = 0;
    QString referralId;
    QString kind;           // "choose_another_partner"
    QDateTime createdAt;
    QDateTime notBefore;    // an undoable decision's notice waits out the undo grace
    QDateTime sentAt;       // invalid while unsent
    QDateTime withdrawnAt;  // invalid unless taken back (an undo, or withdraw())

    bool isOpen() const { return !sentAt.isValid() && !withdrawnAt.isValid(); }
};

// The outbox as senders and reviewers see it. Each call is one statement, so two senders can
// never both mark one message sent.
class Outbox
{
public:
    explicit Outbox(Database &database);

    // Messages that may go out at `now` (unsent, not withdrawn, grace over), oldest first.
    QList<OutboxMessage> pending(const QDateTime &now, int limit = 100) const;
    // Unsent and not withdrawn, including those still waiting out their grace.
    int pendingCount() const;
    // Every message about one referral, oldest first, whatever became of it.
    QList<OutboxMessage> list(const QString &referralId) const;

    // Records that message `id` went out at `at`. False, and nothing changes, when it was sent
    // or withdrawn meanwhile, or its grace is not over at `at`: a message never goes twice.
    bool markSent(qint64 id, const QDateTime &at);
    // Takes message `id` back before it is sent; false when it is sent or withdrawn already.
    bool withdraw(qint64 id, const QDateTime &at);

    // Why the last call failed for a reason of the database (empty otherwise).
    QString lastError() const { return m_lastError; }

private:
    QList<OutboxMessage> select(const QString &condition, const QVariantList &bindings) const;
    enum class GraceMustBeOver { No, Yes };
    // Sets `column` of an open message to `at`: true when it was open (and past its grace).
    bool closeOpen(const QString &column, qint64 id, const QDateTime &at, GraceMustBeOver grace);

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace rd
