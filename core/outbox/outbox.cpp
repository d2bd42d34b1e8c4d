#include "outbox.h"

#include "database.h"
#include "referralrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

const QString kColumns = QStringLiteral("id, referral_id, kind, topic, recipient, recipient_name, locale, created_at, "
                                        "not_before, sent_at, withdrawn_at, failed_at, sending_since, attempts, last_error");
const QString kOpen = QStringLiteral("sent_at IS NULL AND withdrawn_at IS NULL AND failed_at IS NULL");

OutboxMessage messageFrom(const QSqlQuery &query)
{
    OutboxMessage message;
    int i = 0;
    const auto next = [&query, &i]() { return query.value(i++); };
    message.id = next().toLongLong();
    message.referralId = next().toString();
    message.kind = next().toString();
    message.topic = next().toString();
    message.recipient = next().toString();
    message.recipientName = next().toString();
    message.locale = next().toString();
    message.createdAt = ReferralRow::instantFrom(next());
    message.notBefore = ReferralRow::instantFrom(next());
    message.sentAt = ReferralRow::instantFrom(next());
    message.withdrawnAt = ReferralRow::instantFrom(next());
    message.failedAt = ReferralRow::instantFrom(next());
    message.sendingSince = ReferralRow::instantFrom(next());
    message.attempts = next().toInt();
    message.lastError = next().toString();
    return message;
}

QString statusCondition(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return kOpen;
    case OutboxStatus::Sent:
        return QStringLiteral("sent_at IS NOT NULL");
    case OutboxStatus::Withdrawn:
        return QStringLiteral("sent_at IS NULL AND withdrawn_at IS NOT NULL");
    case OutboxStatus::Failed:
        return QStringLiteral("sent_at IS NULL AND withdrawn_at IS NULL AND failed_at IS NOT NULL");
    }
    return kOpen;
}

} // namespace

QString outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QStringLiteral("pending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromName(const QString &name)
{
    for (OutboxStatus status : {OutboxStatus::Pending, OutboxStatus::Sent, OutboxStatus::Failed, OutboxStatus::Withdrawn}) {
        if (outboxStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

OutboxStatus OutboxMessage::status() const
{
    if (sentAt.isValid())
        return OutboxStatus::Sent;
    if (withdrawnAt.isValid())
        return OutboxStatus::Withdrawn;
    if (failedAt.isValid())
        return OutboxStatus::Failed;
    return OutboxStatus::Pending;
}

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

QList<OutboxMessage> Outbox::pending(const QDateTime &now, int limit) const
{
    return select(QStringLiteral("%1 AND sending_since IS NULL AND not_before <= ? ORDER BY not_before, id LIMIT ?").arg(kOpen),
                  {ReferralRow::instant(now), qMax(1, limit)});
}

int Outbox::pendingCount() const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE %1").arg(kOpen)) || !query.next()) {
        m_lastError = m_database.describe(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

QList<OutboxMessage> Outbox::list(const QString &referralId) const
{
    return select(QStringLiteral("referral_id = ? ORDER BY id"), {referralId});
}

QList<OutboxMessage> Outbox::page(std::optional<OutboxStatus> status, qint64 afterId, int limit) const
{
    const QString which = status ? statusCondition(*status) + QStringLiteral(" AND ") : QString();
    return select(QStringLiteral("%1id > ? ORDER BY id LIMIT ?").arg(which), {afterId, qMax(1, limit)});
}

std::optional<OutboxMessage> Outbox::message(qint64 id) const
{
    const QList<OutboxMessage> found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool Outbox::claim(qint64 id, const QDateTime &now)
{
    return updateOne(QStringLiteral("UPDATE outbox SET sending_since = ?, attempts = attempts + 1 "
                                    "WHERE id = ? AND %1 AND sending_since IS NULL AND not_before <= ?").arg(kOpen),
                     {ReferralRow::instant(now), id, ReferralRow::instant(now)});
}

std::optional<OutboxMessage> Outbox::takeNext(const QDateTime &now)
{
    if (!m_database.beginWrite()) {
        m_lastError = m_database.describe(m_database.lastError());
        return std::nullopt;
    }
    const QList<OutboxMessage> next = select(QStringLiteral("%1 AND sending_since IS NULL AND not_before <= ? ORDER BY not_before, id LIMIT 1%2")
                                                 .arg(kOpen, m_database.dialect().skipRowsTakenElsewhere()),
                                             {ReferralRow::instant(now)});
    // The row is this transaction's until commit: claim() finds it as selected.
    bool taken = m_lastError.isEmpty() && !next.isEmpty() && claim(next.first().id, now);
    if (taken && !m_database.commit()) {
        m_lastError = m_database.describe(m_database.lastError());
        taken = false;
    }
    if (!taken) {
        m_database.rollback();
        return std::nullopt;
    }
    return next.first();
}

bool Outbox::markSent(qint64 id, const QDateTime &at)
{
    return updateOne(QStringLiteral("UPDATE outbox SET sent_at = ?, sending_since = NULL, last_error = NULL "
                                    "WHERE id = ? AND %1 AND not_before <= ?").arg(kOpen),
                     {ReferralRow::instant(at), id, ReferralRow::instant(at)});
}

bool Outbox::deferAfterFailure(qint64 id, const QString &error, const QDateTime &retryAt)
{
    return updateOne(QStringLiteral("UPDATE outbox SET sending_since = NULL, last_error = ?, not_before = ? WHERE id = ? AND %1").arg(kOpen),
                     {error, ReferralRow::instant(retryAt), id});
}

bool Outbox::markFailed(qint64 id, const QString &error, const QDateTime &at)
{
    return updateOne(QStringLiteral("UPDATE outbox SET sending_since = NULL, last_error = ?, failed_at = ? WHERE id = ? AND %1").arg(kOpen),
                     {error, ReferralRow::instant(at), id});
}

bool Outbox::retry(qint64 id, const QDateTime &now)
{
    return updateOne(QStringLiteral("UPDATE outbox SET failed_at = NULL, not_before = ? "
                                    "WHERE id = ? AND failed_at IS NOT NULL AND sent_at IS NULL AND withdrawn_at IS NULL"),
                     {ReferralRow::instant(now), id});
}

bool Outbox::withdraw(qint64 id, const QDateTime &at)
{
    return updateOne(QStringLiteral("UPDATE outbox SET withdrawn_at = ?, sending_since = NULL "
                                    "WHERE id = ? AND sent_at IS NULL AND withdrawn_at IS NULL"),
                     {ReferralRow::instant(at), id});
}

int Outbox::releaseAbandoned(const QDateTime &takenBefore)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET sending_since = NULL WHERE sending_since < ? AND %1").arg(kOpen));
    query.addBindValue(ReferralRow::instant(takenBefore));
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return 0;
    }
    return query.numRowsAffected();
}

QList<OutboxMessage> Outbox::select(const QString &condition, const QVariantList &bindings) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kColumns, condition));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    QList<OutboxMessage> messages;
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return messages;
    }
    while (query.next())
        messages.append(messageFrom(query));
    return messages;
}

bool Outbox::updateOne(const QString &sql, const QVariantList &bindings)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace rd
