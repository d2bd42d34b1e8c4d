#pragma once

#include "fitsummary.h"
#include "notifications.h"
#include "referral.h"
#include "referralrouting.h"

#include <QSqlQuery>
#include <memory>

namespace rd {

class Database;

// The statements every change writes: a referral's state, its history, the customer notices,
// the search index and Fit's summary. Made for one transaction: it prepares each statement once and reuses it,
// so that an import batch of thousands costs thousands of executions, not of preparations.
class ReferralWriter
{
public:
    explicit ReferralWriter(Database &database);

    // Stores a new referral (deadline and targets already computed); *inserted is false when the
    // id was already stored, which leaves the stored one untouched.
    bool insert(const Referral &referral, const QDateTime &importedAt, bool *inserted);
    // Writes the mutable state of `referral` if its version is still the stored one, then
    // bumps the version.
    bool writeState(Referral &referral);
    // `beforeState` (ReferralRow::mutableStateToJson) lets an undo put the referral back exactly.
    bool appendHistory(const QString &referralId, const HistoryEntry &entry, const QString &beforeState = {});
    // Marks a row the sweep could not archive, found by its row key since its id may be the
    // very thing that is damaged; the next write of the referral clears the mark.
    bool setAside(const QVariant &rowKey, const QString &error);
    // Puts `messages` about a referral in the outbox, written at `at`.
    bool enqueue(const QString &referralId, const QList<PlannedMessage> &messages, const QDateTime &at);
    // Withdraws the unsent messages of a referral of one kind; *withdrawn counts them.
    bool withdrawOpen(const QString &referralId, MessageKind kind, const QDateTime &now, int *withdrawn = nullptr);
    // How many messages of `kind` about a referral, written at or after `since`, went out.
    bool countSent(const QString &referralId, MessageKind kind, const QDateTime &since, int *sent);

    // Who the referrals of this transaction belong to and whose contact hears of them.
    ReferralRouting &routing() { return m_routing; }

    QString lastError() const { return m_lastError; }
    // The last failure was a row that no longer matched (changed meanwhile, or an id that
    // reads back differently), not an error of the database itself.
    bool lastFailureWasMismatch() const { return m_mismatch; }

private:
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    bool run(QSqlQuery &query);
    bool refreshSearch(const Referral &referral, bool isNew);

    Database &m_database;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_storedStatus;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_history;
    std::unique_ptr<QSqlQuery> m_notice;
    std::unique_ptr<QSqlQuery> m_sentCount;
    std::unique_ptr<QSqlQuery> m_withdraw;
    std::unique_ptr<QSqlQuery> m_setAside;
    std::unique_ptr<QSqlQuery> m_searchDelete;
    std::unique_ptr<QSqlQuery> m_searchInsert;
    ReferralRouting m_routing;
    FitSummary m_fitSummary;
    QString m_lastError;
    bool m_mismatch = false;
};

} // namespace rd
