#include "referralstore.h"

#include "actor.h"
#include "database.h"
#include "fitsummary.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "searchtext.h"
#include "notifications.h"
#include "transitionplan.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rd {

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
    entry.event = ReferralRow::eventFromName(query.value(8).toString());
    entry.reasonCode = query.value(9).toString();
    entry.notes = query.value(10).toString();
    if (const std::optional<Money> previous = moneyAt(query, 11, 12)) {
        entry.previousEstimate = Estimate{*previous, QDate::fromString(query.value(13).toString(), Qt::ISODate),
                                          query.value(14).toString()};
    }
    entry.keepsBeforeState = !query.value(15).toString().isEmpty();
    return entry;
}

} // namespace

std::optional<Referral> ReferralStore::load(const QString &id, Read read) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    const QString lock = read == Read::ForChange ? m_database.dialect().lockRowForChange() : QString();
    query.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?%2").arg(ReferralRow::columns(), lock));
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

InsertResult ReferralStore::insert(const QList<Referral> &referrals, const QDateTime &now, const QString &actor,
                                   InsertMode mode, const QList<QList<HistoryEntry>> &stories)
{
    InsertResult result;
    if (!m_database.beginWrite()) {
        result.error = m_database.describe(m_database.lastError());
        return result;
    }
    ReferralWriter writer(m_database);
    for (qsizetype i = 0; i < referrals.size(); ++i) {
        Referral referral = referrals.at(i);
        bool inserted = false;
        bool ok = insertOne(writer, referral, now, actor, &inserted, stories.value(i));
        // Its deadline passed before it arrived: archived as of that deadline, the customer told.
        const std::optional<Status> overdueAs = archivedByDeadline(referral, now);
        if (ok && inserted && mode == InsertMode::ArchiveOverdue && overdueAs) {
            ok = writeTransition(writer, referral, planDeadlineArchive(referral, *overdueAs, m_policy));
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
                              const QString &actor, bool *inserted, const QList<HistoryEntry> &story)
{
    writer.routing().route(referral);
    const ArrivalPlan arrival = planArrival(referral, now, actor, m_policy);
    referral = arrival.referral;
    if (!writer.insert(referral, now, inserted))
        return false;
    if (!*inserted)
        return true;
    const std::optional<ProfileContact> contact = writer.routing().contactOf(referral.profileId);
    if (story.isEmpty()) {
        if (!writer.appendHistory(referral.id, arrival.entry))
            return false;
    }
    for (HistoryEntry entry : story) {
        if (entry.actor.isEmpty())
            entry.actor = actor;
        if (!writer.appendHistory(referral.id, entry))
            return false;
    }
    return writer.enqueue(referral.id, messagesOnArrival(referral, contact, now), now);
}

std::optional<Referral> ReferralStore::beginChange(const QString &id, ActionOutcome *outcome)
{
    if (!m_database.beginWrite()) {
        outcome->message = m_database.describe(m_database.lastError());
        return std::nullopt;
    }
    std::optional<Referral> referral = load(id, Read::ForChange);
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
        outcome.message = changedMeanwhile(*referral);
        outcome.referral = visibleView(*referral);
        return outcome;
    }

    const Decision decision = decide(*referral, request, now);
    const std::optional<TransitionPlan> plan = planDecision(*referral, decision, request, now, actor, m_policy);
    if (!plan) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = decision.refusal;
        outcome.message = decision.message;
        outcome.referral = visibleView(*referral);
        return outcome;
    }

    ReferralWriter writer(m_database);
    if (!writeTransition(writer, *referral, *plan) || !m_database.commit()) {
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

bool ReferralStore::writeTransition(ReferralWriter &writer, Referral &referral, const TransitionPlan &plan)
{
    // Exactly what is stored now, so that an undo puts back the very same row.
    const QString before = plan.entry.keepsBeforeState ? ReferralRow::mutableStateToJson(referral) : QString();
    Referral after = plan.after;
    if (!writer.writeState(after) || !writer.appendHistory(after.id, plan.entry, before))
        return false;
    // Reminders of the state it left that have not gone yet are moot now.
    const QDateTime at = plan.entry.at;
    if (!writer.withdrawOpen(after.id, MessageKind::Reminder, at) || !writer.enqueue(after.id, messagesOnTransition(plan), at))
        return false;
    referral = after;
    return true;
}

QString ReferralStore::changedMeanwhile(const Referral &referral) const
{
    const std::optional<HistoryEntry> last = lastHistoryEntry(referral.id);
    if (last && Actor::isSystem(last->actor)) {
        return QCoreApplication::translate("ReferralStore", "Its deadline passed at %1 and this referral is now %2; look at it again before you decide.")
            .arg(QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat), statusTitle(referral.status));
    }
    if (last && last->event == HistoryEvent::Claim && !last->actor.isEmpty()) {
        const QString at = QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat);
        if (last->notes.isEmpty())
            return QCoreApplication::translate("ReferralStore", "%1 let go of this referral at %2; look at it again before you decide.").arg(last->actor, at);
        if (last->notes == last->actor)
            return QCoreApplication::translate("ReferralStore", "%1 claimed this referral at %2; look at it again before you decide.").arg(last->actor, at);
        return QCoreApplication::translate("ReferralStore", "%1 handed this referral to %2 at %3; look at it again before you decide.")
            .arg(last->actor, last->notes, at);
    }
    if (!last || last->actor.isEmpty()) {
        return QCoreApplication::translate("ReferralStore", "This referral was changed meanwhile (it is now %1); look at it again before you decide.")
            .arg(statusTitle(referral.status));
    }
    return QCoreApplication::translate("ReferralStore", "%1 changed this referral at %2 and it is now %3; look at it again before you decide.")
        .arg(last->actor, QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat), statusTitle(referral.status));
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
    // Children first: history, notices, search rows and Fit's lookups refer to the referral.
    QStringList statements = FitSummary::forgetSamples();
    statements += {
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

} // namespace rd
