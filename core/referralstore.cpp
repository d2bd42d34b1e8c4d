#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString kChooseAnotherPartner = QStringLiteral("choose_another_partner");
constexpr int kSweepBatch = 500;

// The SQL expression each sort key orders by. NULLs are folded into a sentinel so that the
// keyset comparison stays a plain row-value comparison; the indexes use the same expressions.
QString sortExpression(SortKey sort)
{
    switch (sort) {
    case SortKey::Deadline:
        return QStringLiteral("COALESCE(deadline, 9223372036854775807)");
    case SortKey::ReceivedAt:
        return QStringLiteral("received_at");
    case SortKey::ClosedAt:
        return QStringLiteral("COALESCE(closed_at, 0)");
    case SortKey::ClosingDate:
        return QStringLiteral("COALESCE(estimate_closing, '9999-12-31')");
    }
    return QStringLiteral("received_at");
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString failureMessage(const Database &database, const QSqlError &error)
{
    return database.describe(error);
}

} // namespace

std::pair<SortKey, Qt::SortOrder> defaultSort(Tab tab)
{
    switch (tab) {
    case Tab::New:
    case Tab::Evaluating:
        return {SortKey::Deadline, Qt::AscendingOrder};
    case Tab::Negotiating:
        return {SortKey::ClosingDate, Qt::AscendingOrder};
    case Tab::Archived:
        return {SortKey::ClosedAt, Qt::DescendingOrder};
    }
    return {SortKey::ReceivedAt, Qt::DescendingOrder};
}

ReferralStore::ReferralStore(Database &database, DeadlinePolicy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_policy(policy)
{
}

bool ReferralStore::fail(const QSqlQuery &query)
{
    m_lastError = failureMessage(m_database, query.lastError());
    return false;
}

std::optional<Referral> ReferralStore::load(const QString &id) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?").arg(ReferralRow::columns()));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = failureMessage(m_database, query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return ReferralRow::fromQuery(query);
}

std::optional<Referral> ReferralStore::find(const QString &id) const
{
    std::optional<Referral> referral = load(id);
    if (!referral)
        return std::nullopt;
    return visibleView(*referral);
}

QList<HistoryEntry> ReferralStore::history(const QString &id) const
{
    m_lastError.clear();
    QList<HistoryEntry> entries;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT from_status, to_status, at, actor, reason, value, currency, closing_date "
        "FROM referral_history WHERE referral_id = ? ORDER BY at, id"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = failureMessage(m_database, query.lastError());
        return entries;
    }
    while (query.next()) {
        HistoryEntry entry;
        if (!query.value(0).isNull())
            entry.from = statusFromName(query.value(0).toString());
        entry.to = statusFromName(query.value(1).toString()).value_or(Status::New);
        entry.at = ReferralRow::instantFrom(query.value(2));
        entry.actor = query.value(3).toString();
        entry.reason = query.value(4).toString();
        if (!query.value(5).isNull() && !query.value(6).isNull())
            entry.value = Money{query.value(5).toLongLong(), query.value(6).toString()};
        entry.closingDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        entries.append(entry);
    }
    return entries;
}

QString ReferralStore::pageStatement(const ReferralQuery &request, QVariantList *bindings)
{
    QStringList conditions;
    if (request.tab) {
        conditions.append(QStringLiteral("tab = ?"));
        bindings->append(tabName(*request.tab));
    }
    if (!request.statuses.isEmpty()) {
        conditions.append(QStringLiteral("status IN (%1)").arg(placeholders(request.statuses.size())));
        for (Status status : request.statuses)
            bindings->append(statusName(status));
    }
    const QString key = sortExpression(request.sort);
    const bool ascending = request.order == Qt::AscendingOrder;
    if (request.after) {
        conditions.append(QStringLiteral("(%1, id) %2 (?, ?)").arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<")));
        bindings->append(request.after->key);
        bindings->append(request.after->id);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT %1 FROM referrals").arg(ReferralRow::columns());
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ?").arg(key, direction);
    bindings->append(qMax(1, request.limit));
    return sql;
}

QList<Referral> ReferralStore::page(const ReferralQuery &request) const
{
    m_lastError.clear();
    QVariantList bindings;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(pageStatement(request, &bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    QList<Referral> referrals;
    if (!query.exec()) {
        m_lastError = failureMessage(m_database, query.lastError());
        return referrals;
    }
    while (query.next())
        referrals.append(visibleView(ReferralRow::fromQuery(query)));
    return referrals;
}

QString ReferralStore::explainPage(const ReferralQuery &request) const
{
    QVariantList bindings;
    QSqlQuery query(m_database.connection());
    query.prepare(m_database.dialect().explainPrefix() + pageStatement(request, &bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec())
        return failureMessage(m_database, query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(query.record().count() - 1).toString());
    return lines.join(QLatin1Char('\n'));
}

PageCursor ReferralStore::cursorAfter(const Referral &referral, SortKey sort)
{
    switch (sort) {
    case SortKey::Deadline:
        return {referral.deadline.isValid() ? referral.deadline.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max(),
                referral.id};
    case SortKey::ReceivedAt:
        return {referral.receivedAt.toMSecsSinceEpoch(), referral.id};
    case SortKey::ClosedAt:
        return {referral.closedAt.isValid() ? referral.closedAt.toMSecsSinceEpoch() : qint64(0), referral.id};
    case SortKey::ClosingDate:
        return {referral.estimate && referral.estimate->closingDate.isValid()
                    ? referral.estimate->closingDate.toString(Qt::ISODate)
                    : QStringLiteral("9999-12-31"),
                referral.id};
    }
    return {};
}

QHash<Tab, int> ReferralStore::countsByTab() const
{
    m_lastError.clear();
    QHash<Tab, int> counts;
    for (Tab tab : allTabs())
        counts.insert(tab, 0);
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT tab, COUNT(*) FROM referrals GROUP BY tab"))) {
        m_lastError = failureMessage(m_database, query.lastError());
        return counts;
    }
    while (query.next()) {
        if (const std::optional<Tab> tab = tabFromName(query.value(0).toString()))
            counts[*tab] = query.value(1).toInt();
    }
    return counts;
}

int ReferralStore::pendingOutboxCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

InsertResult ReferralStore::insert(const QList<Referral> &referrals, const QDateTime &now, const QString &actor)
{
    InsertResult result;
    if (!m_database.beginWrite()) {
        result.error = failureMessage(m_database, m_database.lastError());
        return result;
    }
    for (const Referral &referral : referrals) {
        bool inserted = false;
        if (!insertOne(referral, now, actor, &inserted)) {
            m_database.rollback();
            result.inserted.clear();
            result.error = m_lastError;
            return result;
        }
        result.inserted.append(inserted);
    }
    if (!m_database.commit()) {
        result.error = failureMessage(m_database, m_database.lastError());
        m_database.rollback();
        result.inserted.clear();
        return result;
    }
    if (result.inserted.contains(true))
        emit referralsChanged();
    return result;
}

bool ReferralStore::insertOne(const Referral &source, const QDateTime &now, const QString &actor, bool *inserted)
{
    Referral referral = source;
    referral.receivedAt = referral.receivedAt.toUTC();
    if (!referral.statusSince.isValid())
        referral.statusSince = referral.receivedAt;
    referral.deadline = m_policy.deadlineFor(referral.status, referral.statusSince);
    referral.respondBy = m_policy.respondByFor(referral.receivedAt);
    if (isArchived(referral.status) && !referral.closedAt.isValid())
        referral.closedAt = referral.statusSince;

    const QStringList columns = ReferralRow::writableColumns();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO referrals (%1) VALUES (%2) ON CONFLICT (id) DO NOTHING")
                      .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())));
    for (const QVariant &value : ReferralRow::values(referral, now))
        query.addBindValue(value);
    if (!query.exec())
        return fail(query);
    *inserted = query.numRowsAffected() == 1;
    if (!*inserted)
        return true;

    QSqlQuery history(m_database.connection());
    history.prepare(QStringLiteral(
        "INSERT INTO referral_history (referral_id, from_status, to_status, at, actor) "
        "VALUES (?, NULL, ?, ?, ?)"));
    history.addBindValue(referral.id);
    history.addBindValue(statusName(referral.status));
    history.addBindValue(ReferralRow::instant(now));
    history.addBindValue(actor);
    if (!history.exec())
        return fail(history);
    return true;
}

ActionOutcome ReferralStore::apply(const QString &id, const ActionRequest &request, const QDateTime &now,
                                   const QString &actor, std::optional<int> expectedVersion)
{
    ActionOutcome outcome;
    if (!m_database.beginWrite()) {
        outcome.message = failureMessage(m_database, m_database.lastError());
        return outcome;
    }
    std::optional<Referral> referral = load(id);
    if (!referral) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::NotFound;
        outcome.message = QCoreApplication::translate("ReferralStore", "There is no referral with the id \"%1\".").arg(id);
        return outcome;
    }
    if (expectedVersion && *expectedVersion != referral->version) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = Refusal::Conflict;
        outcome.message = QCoreApplication::translate("ReferralStore", "This referral was changed meanwhile (it is now %1); look at it again before you decide.")
                              .arg(statusTitle(referral->status));
        outcome.referral = visibleView(*referral);
        return outcome;
    }

    const Decision decision = decide(*referral, request, now);
    if (!decision.to) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = decision.refusal;
        outcome.message = decision.message;
        outcome.referral = visibleView(*referral);
        return outcome;
    }

    // A missed deadline archives the referral as of the deadline, by the system, whoever asked.
    const QString by = decision.allowed() ? actor : QStringLiteral("system");
    const QDateTime at = decision.allowed() ? now : referral->deadline;
    if (!transition(*referral, *decision.to, at, by, decision.allowed() ? &request : nullptr)
        || !m_database.commit()) {
        m_database.rollback();
        outcome.message = m_lastError;
        return outcome;
    }
    emit referralsChanged();
    outcome.result = decision.allowed() ? ActionOutcome::Result::Applied : ActionOutcome::Result::Refused;
    outcome.refusal = decision.refusal;
    outcome.message = decision.message;
    outcome.referral = visibleView(*referral);
    return outcome;
}

bool ReferralStore::transition(Referral &referral, Status to, const QDateTime &at, const QString &actor,
                               const ActionRequest *request)
{
    const Status from = referral.status;
    referral.status = to;
    referral.statusSince = at;
    referral.deadline = m_policy.deadlineFor(to, at);
    if (isArchived(to))
        referral.closedAt = at;

    std::optional<Money> value;
    QDate closingDate;
    QString reason;
    if (request) {
        reason = request->reason.trimmed();
        if (request->action == Action::Accept) {
            referral.estimate = Estimate{*request->value, request->closingDate, request->notes.trimmed()};
            value = request->value;
            closingDate = request->closingDate;
        } else if (request->action == Action::Won) {
            referral.finalValue = request->value ? request->value
                                                 : (referral.estimate ? std::optional<Money>(referral.estimate->value)
                                                                      : std::nullopt);
            value = referral.finalValue;
        }
        if (!reason.isEmpty())
            referral.reason = reason;
    }

    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE referrals SET status = ?, tab = ?, status_since = ?, deadline = ?, closed_at = ?, "
        "accepted_at = COALESCE(?, accepted_at), estimate_value = ?, estimate_currency = ?, "
        "estimate_closing = ?, estimate_notes = ?, final_value = ?, final_currency = ?, reason = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"));
    update.addBindValue(statusName(to));
    update.addBindValue(tabName(tabOf(to)));
    update.addBindValue(ReferralRow::instant(at));
    update.addBindValue(ReferralRow::instant(referral.deadline));
    update.addBindValue(ReferralRow::instant(referral.closedAt));
    update.addBindValue(ReferralRow::instant(to == Status::Negotiating ? at : QDateTime()));
    update.addBindValue(referral.estimate ? QVariant(referral.estimate->value.minorUnits) : QVariant(QMetaType::fromType<qint64>()));
    update.addBindValue(referral.estimate ? QVariant(referral.estimate->value.currency) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(ReferralRow::date(referral.estimate ? referral.estimate->closingDate : QDate()));
    update.addBindValue(referral.estimate ? QVariant(referral.estimate->notes) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(referral.finalValue ? QVariant(referral.finalValue->minorUnits) : QVariant(QMetaType::fromType<qint64>()));
    update.addBindValue(referral.finalValue ? QVariant(referral.finalValue->currency) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(referral.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(referral.reason));
    update.addBindValue(referral.id);
    update.addBindValue(referral.version);
    if (!update.exec())
        return fail(update);
    if (update.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate("ReferralStore", "This referral was changed meanwhile; look at it again before you decide.");
        return false;
    }
    ++referral.version;

    QSqlQuery history(m_database.connection());
    history.prepare(QStringLiteral(
        "INSERT INTO referral_history (referral_id, from_status, to_status, at, actor, reason, value, currency, closing_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    history.addBindValue(referral.id);
    history.addBindValue(statusName(from));
    history.addBindValue(statusName(to));
    history.addBindValue(ReferralRow::instant(at));
    history.addBindValue(actor);
    history.addBindValue(reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    history.addBindValue(value ? QVariant(value->minorUnits) : QVariant(QMetaType::fromType<qint64>()));
    history.addBindValue(value ? QVariant(value->currency) : QVariant(QMetaType::fromType<QString>()));
    history.addBindValue(ReferralRow::date(closingDate));
    if (!history.exec())
        return fail(history);

    if (customerMustChooseAnotherPartner(to)) {
        QSqlQuery outbox(m_database.connection());
        outbox.prepare(QStringLiteral("INSERT INTO outbox (referral_id, kind, created_at) VALUES (?, ?, ?)"));
        outbox.addBindValue(referral.id);
        outbox.addBindValue(kChooseAnotherPartner);
        outbox.addBindValue(ReferralRow::instant(at));
        if (!outbox.exec())
            return fail(outbox);
    }
    return true;
}

SweepResult ReferralStore::sweep(const QDateTime &now)
{
    SweepResult result;
    for (;;) {
        if (!m_database.beginWrite()) {
            result.error = failureMessage(m_database, m_database.lastError());
            break;
        }
        QSqlQuery due(m_database.connection());
        due.setForwardOnly(true);
        due.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE deadline <= ? ORDER BY deadline, id LIMIT ?")
                        .arg(ReferralRow::columns()));
        due.addBindValue(ReferralRow::instant(now));
        due.addBindValue(kSweepBatch);
        if (!due.exec()) {
            result.error = failureMessage(m_database, due.lastError());
            m_database.rollback();
            break;
        }
        QList<Referral> batch;
        while (due.next())
            batch.append(ReferralRow::fromQuery(due));
        due.finish();

        SweepResult archived;
        bool ok = true;
        for (Referral &referral : batch) {
            const std::optional<Status> to = statusAfterDeadline(referral.status);
            if (!to)
                continue;
            // Archived at the deadline itself, not at the sweep: the app may have been closed.
            const QDateTime at = referral.deadline;
            if (!transition(referral, *to, at, QStringLiteral("system"), nullptr)) {
                ok = false;
                break;
            }
            (*to == Status::Missed ? archived.missed : archived.expired).append(referral.id);
        }
        if (!ok || !m_database.commit()) {
            result.error = ok ? failureMessage(m_database, m_database.lastError()) : m_lastError;
            m_database.rollback();
            break;
        }
        result.missed += archived.missed;
        result.expired += archived.expired;
        if (batch.size() < kSweepBatch)
            break;
    }
    if (!result.isEmpty())
        emit referralsChanged();
    return result;
}

std::optional<QDateTime> ReferralStore::nextDeadline() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MIN(deadline) FROM referrals")) || !query.next()
        || query.value(0).isNull())
        return std::nullopt;
    return ReferralRow::instantFrom(query.value(0));
}
