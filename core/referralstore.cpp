#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "searchtext.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString kHistoryColumns = QStringLiteral("from_status, to_status, at, actor, reason, value, currency, closing_date, "
                                               "event, reason_code, notes, old_value, old_currency, old_closing_date, old_notes, "
                                               "before_state");

std::optional<Money> moneyAt(const QSqlQuery &query, int value, int currency)
{
    if (query.value(value).isNull() || query.value(currency).isNull())
        return std::nullopt;
    return Money{query.value(value).toLongLong(), query.value(currency).toString()};
}

HistoryEntry historyEntryFrom(const QSqlQuery &query)
{
    HistoryEntry entry;
    if (!query.value(0).isNull())
        entry.from = statusFromName(query.value(0).toString());
    entry.to = statusFromName(query.value(1).toString()).value_or(Status::New);
    entry.at = ReferralRow::instantFrom(query.value(2));
    entry.actor = query.value(3).toString();
    entry.reason = query.value(4).toString();
    entry.value = moneyAt(query, 5, 6);
    entry.closingDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    if (query.value(8).toString() == QLatin1String("estimate"))
        entry.event = HistoryEvent::EstimateChange;
    entry.reasonCode = query.value(9).toString();
    entry.notes = query.value(10).toString();
    if (const std::optional<Money> previous = moneyAt(query, 11, 12)) {
        entry.previousEstimate = Estimate{*previous, QDate::fromString(query.value(13).toString(), Qt::ISODate),
                                          query.value(14).toString()};
    }
    return entry;
}

} // namespace

// The SQL expression each sort key orders by. NULLs are folded into a sentinel so that the
// keyset comparison stays a plain row-value comparison; the indexes use the same expressions.
QString ReferralStore::sortExpression(const SqlDialect &dialect, SortKey sort)
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
    case SortKey::Title:
        return QStringLiteral("COALESCE(name, '')");
    case SortKey::Customer:
        // A new referral's customer is not visible: it must not decide the order either.
        return QStringLiteral("(CASE tab WHEN 'new' THEN '' ELSE COALESCE(customer_name, '') END)");
    case SortKey::City:
        return QStringLiteral("COALESCE(city, '')");
    case SortKey::Size:
        return QStringLiteral("COALESCE(customer_size, '')");
    // Amounts sort by their minor units: deals in different currencies are not converted.
    case SortKey::ValueHint:
        return QStringLiteral("COALESCE(hint_value, -1)");
    case SortKey::EstimatedValue:
        return QStringLiteral("COALESCE(estimate_value, -1)");
    case SortKey::Value:
        return QStringLiteral("COALESCE(final_value, estimate_value, hint_value, -1)");
    case SortKey::AcceptedAt:
        return QStringLiteral("COALESCE(accepted_at, 0)");
    case SortKey::Status:
        return QStringLiteral("status");
    case SortKey::Reason:
        return QStringLiteral("COALESCE(reason, '')");
    case SortKey::Notes:
        return QStringLiteral("COALESCE(notes, '')");
    case SortKey::FirstIndustry:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("industries"));
    case SortKey::FirstProduct:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("products"));
    case SortKey::FirstService:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("services"));
    }
    return QStringLiteral("received_at");
}

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

std::optional<Referral> ReferralStore::load(const QString &id) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?").arg(ReferralRow::columns()));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
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
    query.prepare(QStringLiteral("SELECT %1 FROM referral_history WHERE referral_id = ? ORDER BY at, id").arg(kHistoryColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return entries;
    }
    while (query.next())
        entries.append(historyEntryFrom(query));
    return entries;
}

QString ReferralStore::pageStatement(const SqlDialect &dialect, const ReferralQuery &request, QVariantList *bindings)
{
    QStringList conditions;
    if (request.tab) {
        conditions.append(QStringLiteral("tab = ?"));
        bindings->append(tabName(*request.tab));
    }
    if (!request.statuses.isEmpty()) {
        conditions.append(QStringLiteral("status IN (%1)").arg(ReferralRow::placeholders(request.statuses.size())));
        for (Status status : request.statuses)
            bindings->append(statusName(status));
    }
    if (request.closedFrom.isValid()) {
        conditions.append(QStringLiteral("closed_at >= ?"));
        bindings->append(ReferralRow::instant(request.closedFrom));
    }
    if (request.closedUntil.isValid()) {
        conditions.append(QStringLiteral("closed_at <= ?"));
        bindings->append(ReferralRow::instant(request.closedUntil));
    }
    if (request.deadlineUntil.isValid()) {
        conditions.append(QStringLiteral("deadline <= ?"));
        bindings->append(ReferralRow::instant(request.deadlineUntil));
    }
    if (const QStringList terms = searchTerms(request.search); !terms.isEmpty())
        conditions.append(dialect.searchCondition(terms, bindings));
    const QString key = sortExpression(dialect, request.sort);
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
    query.prepare(pageStatement(m_database.dialect(), request, &bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    QList<Referral> referrals;
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
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
    query.prepare(m_database.dialect().explainPrefix() + pageStatement(m_database.dialect(), request, &bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec())
        return m_database.describe(query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(query.record().count() - 1).toString());
    return lines.join(QLatin1Char('\n'));
}

namespace {

// A null QString binds as NULL, which no row compares with: text keys are '' when empty, as
// their sort expressions are.
QVariant textKey(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace

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
    case SortKey::Title:
        return {textKey(referral.name), referral.id};
    case SortKey::Customer:
        return {textKey(referral.customer.name), referral.id};
    case SortKey::City:
        return {textKey(referral.customer.address.city), referral.id};
    case SortKey::Size:
        return {textKey(referral.customer.size), referral.id};
    case SortKey::ValueHint:
        return {referral.details.valueHint ? referral.details.valueHint->minorUnits : qint64(-1), referral.id};
    case SortKey::EstimatedValue:
        return {referral.estimate ? referral.estimate->value.minorUnits : qint64(-1), referral.id};
    case SortKey::Value: {
        const std::optional<Money> value = referral.finalValue ? referral.finalValue
            : referral.estimate                                 ? std::optional<Money>(referral.estimate->value)
                                                                : referral.details.valueHint;
        return {value ? value->minorUnits : qint64(-1), referral.id};
    }
    case SortKey::AcceptedAt:
        return {referral.acceptedAt.isValid() ? referral.acceptedAt.toMSecsSinceEpoch() : qint64(0), referral.id};
    case SortKey::Status:
        return {textKey(statusName(referral.status)), referral.id};
    case SortKey::Reason:
        return {textKey(referral.reason), referral.id};
    case SortKey::Notes:
        return {textKey(referral.details.notes), referral.id};
    case SortKey::FirstIndustry:
        return {textKey(referral.details.requirements.industries.value(0)), referral.id};
    case SortKey::FirstProduct:
        return {textKey(referral.details.requirements.products.value(0)), referral.id};
    case SortKey::FirstService:
        return {textKey(referral.details.requirements.services.value(0)), referral.id};
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
        m_lastError = m_database.describe(query.lastError());
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
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND withdrawn_at IS NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

InsertResult ReferralStore::insert(const QList<Referral> &referrals, const QDateTime &now, const QString &actor,
                                   InsertMode mode)
{
    InsertResult result;
    if (!m_database.beginWrite()) {
        result.error = m_database.describe(m_database.lastError());
        return result;
    }
    ReferralWriter writer(m_database);
    for (Referral referral : referrals) {
        bool inserted = false;
        bool ok = insertOne(writer, referral, now, actor, &inserted);
        // Its deadline passed before it arrived: archived as of that deadline, the customer told.
        const std::optional<Status> overdueAs = statusAfterDeadline(referral.status);
        if (ok && inserted && mode == InsertMode::ArchiveOverdue && overdueAs && referral.deadline.isValid()
            && referral.deadline <= now) {
            ok = transition(writer, referral, *overdueAs, referral.deadline, QStringLiteral("system"), nullptr);
            ++result.archivedAtOnce;
        }
        if (!ok) {
            m_database.rollback();
            result = InsertResult();
            result.error = writer.lastError();
            return result;
        }
        result.inserted.append(inserted);
        result.storedAs.append(referral.status);
    }
    if (!m_database.commit()) {
        result.error = m_database.describe(m_database.lastError());
        m_database.rollback();
        result = InsertResult{{}, {}, 0, result.error};
        return result;
    }
    if (result.inserted.contains(true))
        emit referralsChanged();
    return result;
}

bool ReferralStore::insertOne(ReferralWriter &writer, Referral &referral, const QDateTime &now,
                              const QString &actor, bool *inserted)
{
    referral.receivedAt = referral.receivedAt.toUTC();
    if (!referral.statusSince.isValid())
        referral.statusSince = referral.receivedAt;
    referral.deadline = m_policy.deadlineFor(referral.status, referral.statusSince);
    referral.respondBy = m_policy.respondByFor(referral.receivedAt);
    if (isArchived(referral.status) && !referral.closedAt.isValid())
        referral.closedAt = referral.statusSince;
    if (referral.status == Status::Negotiating && !referral.acceptedAt.isValid())
        referral.acceptedAt = referral.statusSince;

    if (!writer.insert(referral, now, inserted))
        return false;
    if (!*inserted)
        return true;
    HistoryEntry imported;
    imported.to = referral.status;
    imported.at = now;
    imported.actor = actor;
    return writer.appendHistory(referral.id, imported);
}

std::optional<Referral> ReferralStore::beginChange(const QString &id, ActionOutcome *outcome)
{
    if (!m_database.beginWrite()) {
        outcome->message = m_database.describe(m_database.lastError());
        return std::nullopt;
    }
    std::optional<Referral> referral = load(id);
    if (!referral) {
        m_database.rollback();
        if (!m_lastError.isEmpty()) {
            outcome->message = m_lastError;
            return std::nullopt;
        }
        outcome->result = ActionOutcome::Result::NotFound;
        outcome->message = QCoreApplication::translate("ReferralStore", "There is no referral with the id \"%1\".").arg(id);
    }
    return referral;
}

ActionOutcome ReferralStore::apply(const QString &id, const ActionRequest &request, const QDateTime &now,
                                   const QString &actor, std::optional<int> expectedVersion)
{
    ActionOutcome outcome;
    std::optional<Referral> referral = beginChange(id, &outcome);
    if (!referral)
        return outcome;
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
    ReferralWriter writer(m_database);
    if (!transition(writer, *referral, *decision.to, at, by, decision.allowed() ? &request : nullptr)
        || !m_database.commit()) {
        outcome.message = writer.lastError().isEmpty() ? m_database.describe(m_database.lastError()) : writer.lastError();
        m_database.rollback();
        return outcome;
    }
    emit referralsChanged();
    outcome.result = decision.allowed() ? ActionOutcome::Result::Applied : ActionOutcome::Result::Refused;
    outcome.refusal = decision.refusal;
    outcome.message = decision.message;
    outcome.referral = visibleView(*referral);
    return outcome;
}

ActionOutcome ReferralStore::commitChange(ReferralWriter &writer, Referral &referral, const HistoryEntry &entry)
{
    ActionOutcome outcome;
    if (!writer.writeState(referral) || !writer.appendHistory(referral.id, entry) || !m_database.commit()) {
        outcome.message = writer.lastError().isEmpty() ? m_database.describe(m_database.lastError()) : writer.lastError();
        m_database.rollback();
        return outcome;
    }
    emit referralsChanged();
    outcome.result = ActionOutcome::Result::Applied;
    outcome.referral = visibleView(referral);
    return outcome;
}

bool ReferralStore::transition(ReferralWriter &writer, Referral &referral, Status to, QDateTime at,
                               const QString &actor, const ActionRequest *request)
{
    HistoryEntry entry;
    entry.from = referral.status;
    entry.to = to;
    entry.at = at;
    entry.actor = actor;
    // A rep's "No thanks" or decline may still be undone: keep what it replaces, exactly.
    const bool undoable = request && canBeUndone(request->action);
    const QString before = undoable ? ReferralRow::mutableStateToJson(referral) : QString();

    referral.status = to;
    referral.statusSince = at;
    referral.deadline = m_policy.deadlineFor(to, at);
    if (isArchived(to))
        referral.closedAt = at;
    if (to == Status::Negotiating)
        referral.acceptedAt = at;
    if (request) {
        entry.reason = request->reason.trimmed();
        if (request->action == Action::Accept) {
            referral.estimate = Estimate{*request->value, request->closingDate, request->notes.trimmed()};
            entry.value = request->value;
            entry.closingDate = request->closingDate;
        } else if (request->action == Action::Won) {
            referral.finalValue = request->value ? request->value
                                                 : (referral.estimate ? std::optional<Money>(referral.estimate->value)
                                                                      : std::nullopt);
            entry.value = referral.finalValue;
        }
        entry.reasonCode = entry.reason.isEmpty() ? QString() : request->reasonCode;
        if (!entry.reason.isEmpty()) {
            referral.reason = entry.reason;
            referral.reasonCode = entry.reasonCode;
        }
    }

    if (!writer.writeState(referral) || !writer.appendHistory(referral.id, entry, before))
        return false;
    // A sample's customer is made up: there is no one to tell.
    if (!customerMustChooseAnotherPartner(to) || referral.sample)
        return true;
    // An undoable decision's notice waits out the undo window.
    return writer.enqueueNotice(referral.id, at, undoable ? at.addMSecs(kUndoWindowMs) : at);
}

std::optional<HistoryEntry> ReferralStore::lastHistoryEntry(const QString &id, QString *beforeState) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM referral_history WHERE referral_id = ? ORDER BY id DESC LIMIT 1").arg(kHistoryColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (beforeState)
        *beforeState = query.value(15).toString();
    return historyEntryFrom(query);
}

int ReferralStore::sampleCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE sample = 1")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

RemovalResult ReferralStore::removeSamples()
{
    RemovalResult result;
    if (!m_database.beginWrite()) {
        result.error = m_database.describe(m_database.lastError());
        return result;
    }
    // Children first: history, notices and search rows refer to the referral.
    const QStringList statements = {
        QStringLiteral("DELETE FROM referral_history WHERE referral_id IN (SELECT id FROM referrals WHERE sample = 1)"),
        QStringLiteral("DELETE FROM outbox WHERE referral_id IN (SELECT id FROM referrals WHERE sample = 1)"),
        m_database.dialect().searchIndexDeleteWhere(QStringLiteral("sample = 1")),
        QStringLiteral("DELETE FROM referrals WHERE sample = 1"),
    };
    QSqlQuery query(m_database.connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            result.error = m_database.describe(query.lastError());
            m_database.rollback();
            return result;
        }
        result.removed = query.numRowsAffected();
    }
    if (!m_database.commit()) {
        result.error = m_database.describe(m_database.lastError());
        m_database.rollback();
        result.removed = 0;
        return result;
    }
    if (result.removed > 0)
        emit referralsChanged();
    return result;
}

std::optional<QDateTime> ReferralStore::nextDeadline() const
{
    QSqlQuery query(m_database.connection());
    // Rows the sweep set aside would wake the checker again and again.
    if (!query.exec(QStringLiteral("SELECT MIN(deadline) FROM referrals WHERE set_aside IS NULL")) || !query.next()
        || query.value(0).isNull())
        return std::nullopt;
    return ReferralRow::instantFrom(query.value(0));
}
