#include "referralwriter.h"

#include "database.h"
#include "referralrow.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rd {

namespace {

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant minorUnits(const std::optional<Money> &money)
{
    return money ? QVariant(money->minorUnits) : QVariant(QMetaType::fromType<qint64>());
}

QVariant currency(const std::optional<Money> &money)
{
    return money ? QVariant(money->currency) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ReferralWriter::ReferralWriter(Database &database)
    : m_database(database)
    , m_routing(database)
    , m_fitSummary(database)
{
}

QSqlQuery &ReferralWriter::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

bool ReferralWriter::run(QSqlQuery &query)
{
    m_mismatch = false;
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

bool ReferralWriter::insert(const Referral &referral, const QDateTime &importedAt, bool *inserted)
{
    QSqlQuery &query = prepared(m_insert, m_insert ? QString() : ReferralRow::insertStatement());
    const QVariantList values = ReferralRow::values(referral, importedAt);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!run(query))
        return false;
    *inserted = query.numRowsAffected() == 1;
    if (!*inserted)
        return true;
    if (!m_fitSummary.added(referral)) {
        m_lastError = m_fitSummary.lastError();
        return false;
    }
    return refreshSearch(referral, true);
}

bool ReferralWriter::writeState(Referral &referral)
{
    // The status it leaves, as stored at the version read: what Fit's summary counted it as.
    QSqlQuery &stored = prepared(m_storedStatus, QStringLiteral("SELECT status FROM referrals WHERE id = ? AND version = ?"));
    stored.bindValue(0, referral.id);
    stored.bindValue(1, referral.version);
    if (!run(stored))
        return false;
    const std::optional<Status> before = stored.next() ? statusFromName(stored.value(0).toString()) : std::nullopt;
    stored.finish();
    std::optional<Money> estimate;
    if (referral.estimate)
        estimate = referral.estimate->value;
    QSqlQuery &update = prepared(m_update, QStringLiteral(
        "UPDATE referrals SET status = ?, tab = ?, status_since = ?, deadline = ?, closed_at = ?, "
        "accepted_at = ?, estimate_value = ?, estimate_currency = ?, estimate_closing = ?, "
        "estimate_notes = ?, final_value = ?, final_currency = ?, reason = ?, reason_code = ?, "
        "claimed_by = ?, claimed_at = ?, set_aside = NULL, version = version + 1 WHERE id = ? AND version = ?"));
    const QVariantList values = {
        statusName(referral.status),
        tabName(tabOf(referral.status)),
        ReferralRow::instant(referral.statusSince),
        ReferralRow::instant(referral.deadline),
        ReferralRow::instant(referral.closedAt),
        ReferralRow::instant(referral.acceptedAt),
        minorUnits(estimate),
        currency(estimate),
        ReferralRow::date(referral.estimate ? referral.estimate->closingDate : QDate()),
        referral.estimate ? nullableText(referral.estimate->notes) : QVariant(QMetaType::fromType<QString>()),
        minorUnits(referral.finalValue),
        currency(referral.finalValue),
        nullableText(referral.reason),
        nullableText(referral.reasonCode),
        nullableText(referral.claimedBy),
        ReferralRow::instant(referral.claimedBy.isEmpty() ? QDateTime() : referral.claimedAt),
        referral.id,
        referral.version,
    };
    for (int i = 0; i < values.size(); ++i)
        update.bindValue(i, values.at(i));
    if (!run(update))
        return false;
    if (update.numRowsAffected() != 1) {
        m_mismatch = true;
        m_lastError = QCoreApplication::translate("ReferralStore", "This referral was changed meanwhile; look at it again before you decide.");
        return false;
    }
    ++referral.version;
    if (before && !m_fitSummary.changed(referral, *before)) {
        m_lastError = m_fitSummary.lastError();
        return false;
    }
    return refreshSearch(referral, false);
}

bool ReferralWriter::appendHistory(const QString &referralId, const HistoryEntry &entry, const QString &beforeState)
{
    QSqlQuery &history = prepared(m_history, m_history ? QString() : ReferralRow::historyInsertStatement());
    const QVariantList values = ReferralRow::historyValues(referralId, entry, beforeState);
    for (int i = 0; i < values.size(); ++i)
        history.bindValue(i, values.at(i));
    return run(history);
}

bool ReferralWriter::setAside(const QVariant &rowKey, const QString &error)
{
    QSqlQuery &setAside = prepared(m_setAside, QStringLiteral("UPDATE referrals SET set_aside = ? WHERE %1 = ?")
                                                   .arg(m_database.dialect().rowKeyColumn()));
    setAside.bindValue(0, error);
    setAside.bindValue(1, rowKey);
    return run(setAside);
}

bool ReferralWriter::enqueue(const QString &referralId, const QList<PlannedMessage> &messages, const QDateTime &at)
{
    for (const PlannedMessage &message : messages) {
        QSqlQuery &notice = prepared(m_notice, QStringLiteral(
            "INSERT INTO outbox (referral_id, kind, topic, recipient, recipient_name, locale, created_at, not_before) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const QVariantList values = {
            referralId,
            messageKindName(message.kind),
            nullableText(message.topic),
            message.to.email,
            nullableText(message.to.name),
            message.to.locale,
            ReferralRow::instant(at),
            ReferralRow::instant(message.notBefore),
        };
        for (int i = 0; i < values.size(); ++i)
            notice.bindValue(i, values.at(i));
        if (!run(notice))
            return false;
    }
    return true;
}

bool ReferralWriter::withdrawOpen(const QString &referralId, MessageKind kind, const QDateTime &now, int *withdrawn)
{
    QSqlQuery &withdraw = prepared(m_withdraw, QStringLiteral(
        "UPDATE outbox SET withdrawn_at = ? WHERE referral_id = ? AND kind = ? AND sent_at IS NULL "
        "AND withdrawn_at IS NULL"));
    withdraw.bindValue(0, ReferralRow::instant(now));
    withdraw.bindValue(1, referralId);
    withdraw.bindValue(2, messageKindName(kind));
    if (!run(withdraw))
        return false;
    if (withdrawn)
        *withdrawn = withdraw.numRowsAffected();
    return true;
}

bool ReferralWriter::countSent(const QString &referralId, MessageKind kind, const QDateTime &since, int *sent)
{
    QSqlQuery &count = prepared(m_sentCount, QStringLiteral(
        "SELECT COUNT(*) FROM outbox WHERE referral_id = ? AND kind = ? AND created_at >= ? AND sent_at IS NOT NULL"));
    count.bindValue(0, referralId);
    count.bindValue(1, messageKindName(kind));
    count.bindValue(2, ReferralRow::instant(since));
    if (!run(count) || !count.next())
        return false;
    *sent = count.value(0).toInt();
    count.finish();
    return true;
}

bool ReferralWriter::refreshSearch(const Referral &referral, bool isNew)
{
    // What search may find changes with the status (the customer's name shows from Evaluating on).
    if (!isNew) {
        QSqlQuery &remove = prepared(m_searchDelete, m_database.dialect().searchIndexDelete());
        remove.bindValue(0, referral.id);
        if (!run(remove))
            return false;
    }
    QSqlQuery &add = prepared(m_searchInsert, m_database.dialect().searchIndexInsert());
    add.bindValue(0, searchBody(referral));
    add.bindValue(1, referral.id);
    return run(add);
}

} // namespace rd
