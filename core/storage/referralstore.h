#pragma once

#include "claim.h"
#include "deadlinepolicy.h"
#include "estimatechange.h"
#include "lifecycle.h"
#include "referral.h"

#include <QHash>
#include <QObject>
#include <QVariant>
#include <atomic>
#include <optional>

namespace rd {

class Database;
class ReferralWriter;
class SqlDialect;
struct TransitionPlan;

// Every column of every tab sorts in SQL by one of these. The open tabs hold what arrived in the
// last week or so (deadlines archive the rest), so sorting them costs little even unindexed;
// what the Negotiating and Archived tabs sort by, which grow without bound, has indexes. Fit
// (similar past referrals, docs/ranking.md) is a subquery per row: only the New tab, which its
// 72-hour deadline keeps small, sorts by it.
enum class SortKey {
    Deadline, ReceivedAt, ClosedAt, ClosingDate, Title, Customer, City, Size, ValueHint, EstimatedValue,
    AcceptedAt, Status, Value, Reason, Notes, FirstIndustry, FirstProduct, FirstService, Fit, ClaimedBy,
};

// The position after which the next page starts: the sort value of the last row, as the
// database computed it for the ORDER BY, and its id.
struct PageCursor
{
    QVariant key;
    QString id;
};

struct ReferralQuery
{
    std::optional<Tab> tab;
    QList<Status> statuses; // empty: any status (of the tab, if one is given)
    QString search;         // words found anywhere in what the partner may see; empty: all
    QDateTime closedFrom;   // archived between these instants (each optional, inclusive)
    QDateTime closedUntil;
    QDateTime deadlineUntil; // only referrals due at or before this instant
    // The review's filters; each empty list keeps every referral.
    QStringList countries;    // the customer's country, ISO 3166 alpha-2
    QStringList profileIds;   // the business profile (region) it was routed to
    QStringList reps;         // who archived it: the actor of its last status change
    QStringList reasonCodes;  // preset reasons, by code (whatever language they were given in)
    QStringList typedReasons; // typed reasons, by their words (trimmed)
    SortKey sort = SortKey::Deadline;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<PageCursor> after;
    int offset = 0; // rows of the order passed over first (after the cursor, if there is one)
    int limit = 200;
    // False for a list, which shows no contacts: the rows leave them out, and whoever shows
    // them reads the referral by its id (find()).
    bool withContacts = true;
};

// One page of referrals in the query's order, and where the next one starts: none when this
// page is the last (it held fewer rows than asked for).
struct Page
{
    QList<Referral> rows;
    std::optional<PageCursor> next;
    // Where its first and last rows stand in the order: a read in either direction goes on from
    // them (the opposite order after `first` reads the rows before this page). None when empty.
    std::optional<PageCursor> first;
    std::optional<PageCursor> last;
};

// How each tab lists its referrals unless told otherwise: least time left first while a
// referral is open, soonest closing date while negotiating, latest first once archived.
std::pair<SortKey, Qt::SortOrder> defaultSort(Tab tab);

struct ActionOutcome
{
    enum class Result { Applied, Refused, NotFound, Failed };
    Result result = Result::Failed;
    Refusal refusal = Refusal::None;
    QString message;                 // translated; empty when applied
    std::optional<Referral> referral; // as visible after the change (also after a refusal)
};

// A row the sweep could not archive (damaged by hand, written by a faulty tool): it is left as
// it is, reported once, and skipped by later sweeps until something writes it again.
struct SetAsideRow
{
    QString id;
    QString error; // translated
};

struct SweepResult
{
    QStringList missed;
    QStringList expired;
    QList<SetAsideRow> setAside;
    QString error; // set when the sweep could not finish; what it archived before stays archived

    bool isEmpty() const { return missed.isEmpty() && expired.isEmpty(); }
};

// Whether a referral whose deadline has already passed is stored as it came (for tests and
// replays that sweep later) or archived on arrival, as the deadline says it must be.
enum class InsertMode { AsGiven, ArchiveOverdue };

struct InsertResult
{
    QList<bool> inserted;    // per referral: false when its id was already stored
    QList<Status> storedAs;  // per referral: its status once stored
    int archivedAtOnce = 0;  // inserted ones archived on arrival (InsertMode::ArchiveOverdue)
    QString error;           // set when nothing was stored
};

struct RemovalResult
{
    int removed = 0;
    QString error; // set when nothing was removed
};

// Reads and changes referrals. Every read applies the visibility rules; every change is one
// transaction holding the status, its history row and, where the customer must be told, an
// outbox row.
class ReferralStore : public QObject
{
    Q_OBJECT
public:
    explicit ReferralStore(Database &database, DeadlinePolicy policy = {}, QObject *parent = nullptr);

    const DeadlinePolicy &policy() const { return m_policy; }
    // The connection it works on, for the readers beside it (profiles, the outbox).
    Database &database() const { return m_database; }

    std::optional<Referral> find(const QString &id) const;
    QList<HistoryEntry> history(const QString &id) const;
    Page page(const ReferralQuery &query) const;
    // The database's plan for page(query): for benchmarks and the tests that keep pages on
    // indexes.
    QString explainPage(const ReferralQuery &query) const;
    QHash<Tab, int> countsByTab() const;
    // How many of the query's referrals come before `id` in its order: the row it is on. None
    // when the query does not hold it, or the database failed (lastError() says which).
    std::optional<int> positionOf(const ReferralQuery &query, const QString &id) const;

    // Stores new referrals (deadlines and targets are computed here from statusSince, or
    // receivedAt when it is not set); ids already stored are left untouched and reported as not
    // inserted. A referral that comes with its past (sample data: `stories`, one per referral)
    // has that history written in place of the import row; an entry without an actor is `actor`'s.
    InsertResult insert(const QList<Referral> &referrals, const QDateTime &now, const QString &actor,
                        InsertMode mode = InsertMode::AsGiven, const QList<QList<HistoryEntry>> &stories = {});

    ActionOutcome apply(const QString &id, const ActionRequest &request, const QDateTime &now,
                        const QString &actor, std::optional<int> expectedVersion = std::nullopt);

    // Changes the estimate of a negotiating deal; the history row keeps the old and new values.
    ActionOutcome changeEstimate(const QString &id, const EstimateChange &change, const QDateTime &now,
                                 const QString &actor, std::optional<int> expectedVersion = std::nullopt);

    // Claims a new or evaluating referral for `actor`, lets go of a claim, or (a manager)
    // hands it to a colleague (claim.h); the history row says who did which.
    ActionOutcome claim(const QString &id, const ClaimRequest &request, const QDateTime &now, const QString &actor,
                        std::optional<int> expectedVersion = std::nullopt);

    // Whether `actor` may claim for others and take claims: a manager, the administrator, the
    // one user of a file. Nullopt when the database could not say (lastError()).
    std::optional<bool> mayReassign(const QString &actor) const;

    // Takes back a "No thanks" or a decline within kUndoWindowMs of it, by the same person,
    // while the customer's notice is still unsent: the referral is as it was before.
    ActionOutcome undo(const QString &id, int expectedVersion, const QDateTime &now, const QString &actor);

    // Archives every referral whose deadline is at or before `now`, a batch per transaction;
    // when `stop` becomes true it ends after the batch at hand (the rest waits for next time).
    SweepResult sweep(const QDateTime &now, const std::atomic<bool> *stop = nullptr);
    // Writes the reminders whose moment has come at `now` (notifications.h: dueReminders), each
    // once per status, in one transaction; returns how many, or -1 with *error.
    int enqueueDueReminders(const QDateTime &now, QString *error);
    std::optional<QDateTime> nextDeadline() const;

    // Sample referrals ("Load sample referrals", demo) are marked; they go together, with their
    // history and notices, in one transaction. Imported referrals are never touched.
    int sampleCount() const;
    RemovalResult removeSamples();

    // Why the last read failed; empty when it worked.
    QString lastError() const { return m_lastError; }

signals:
    void referralsChanged();

private:
    static QString pageStatement(const SqlDialect &dialect, const ReferralQuery &query, QVariantList *bindings);
    static QString sortExpression(const SqlDialect &dialect, SortKey sort);
    // ForChange: the row stays locked until commit, so that a second decision on it waits and
    // then reads what the first one wrote.
    enum class Read { Plain, ForChange };
    std::optional<Referral> load(const QString &id, Read read = Read::Plain) const;
    // Starts a write transaction and reads the referral for change; without one, `outcome` says
    // why and the transaction is over.
    std::optional<Referral> beginChange(const QString &id, ActionOutcome *outcome);
    // Writes the state and its history row and commits: the end of every single change.
    ActionOutcome commitChange(ReferralWriter &writer, Referral &referral, const HistoryEntry &entry);
    // Writes what the rules planned; `referral` becomes what was stored.
    bool writeTransition(ReferralWriter &writer, Referral &referral, const TransitionPlan &plan);
    // The refusal of a change asked of a version the referral no longer has: who changed it,
    // when, and what it is now.
    QString changedMeanwhile(const Referral &referral) const;
    // What `actor` does on the team ("rep", "manager", "programme"); empty when they are no
    // member (the administrator, the one user of a file). Nullopt when the database could not say.
    std::optional<QString> teamRoleOf(const QString &actor) const;
    // Why `referral` can't be handed to `name`: not on the team, of another organisation, kept
    // to other regions; empty when it can (anyone, where no team is kept). Nullopt when the
    // database could not say.
    std::optional<QString> whyNotHandedTo(const QString &name, const Referral &referral) const;
    bool insertOne(ReferralWriter &writer, Referral &referral, const QDateTime &now, const QString &actor,
                   bool *inserted, const QList<HistoryEntry> &story);
    std::optional<HistoryEntry> lastHistoryEntry(const QString &id, QString *beforeState = nullptr) const;
    struct DueRow
    {
        Referral referral;
        QString problem; // ReferralRow::problemIn
        QVariant rowKey;
    };
    enum class DueOutcome { Archived, SetAside, Failed };
    // One row of the sweep, inside its own savepoint; *error says why when it is not archived.
    DueOutcome archiveDue(ReferralWriter &writer, DueRow &row, SweepResult &archived, QString *error);
    ActionOutcome refuseUndo(const Referral &referral, const QString &message);

    Database &m_database;
    DeadlinePolicy m_policy;
    mutable QString m_lastError;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::SortKey)
Q_DECLARE_METATYPE(rd::SweepResult)
