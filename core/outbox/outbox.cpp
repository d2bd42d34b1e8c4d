#include "outbox.h"

#include "database.h"
#include "referralrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

const QString kColumns = QStringLiteral("id, referral_id, kind, created_at, not_before, sent_at, withdrawn_at");
const QString kOpen = QStringLiteral("sent_at IS NULL AND withdrawn_at IS NULL");

OutboxMessage messageFrom(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.referralId = query.value(1).toString();
    message.kind = query.value(2).toString();
    message.createdAt = ReferralRow::instantFrom(query.value(3));
    message.notBefore = ReferralRow::instantFrom(query.value(4));
    message.sentAt = ReferralRow::instantFrom(query.value(5));
    message.withdrawnAt = ReferralRow::instantFrom(query.value(6));
    return message;
}

} // namespace

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

QList<OutboxMessage> Outbox::pending(const QDateTime &now, int limit) const
{
    return select(QStringLiteral("%1 AND not_before <= ? ORDER BY not_before, id LIMIT ?").arg(kOpen),
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

bool Outbox::markSent(qint64 id, const QDateTime &at)
{
    return closeOpen(QStringLiteral("sent_at"), id, at, GraceMustBeOver::Yes);
}

bool Outbox::withdraw(qint64 id, const QDateTime &at)
{
    return closeOpen(QStringLiteral("withdrawn_at"), id, at, GraceMustBeOver::No);
}

QList<OutboxMessage> Outbox::select(const QString &condition, const QVariantList &bindings) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
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

bool Outbox::closeOpen(const QString &column, qint64 id, const QDateTime &at, GraceMustBeOver grace)
{
    m_lastError.clear();
    const bool checkGrace = grace == GraceMustBeOver::Yes;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET %1 = ? WHERE id = ? AND %2%3")
                      .arg(column, kOpen, checkGrace ? QStringLiteral(" AND not_before <= ?") : QString()));
    query.addBindValue(ReferralRow::instant(at));
    query.addBindValue(id);
    if (checkGrace)
        query.addBindValue(ReferralRow::instant(at));
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace rd
