#pragma once

#include "database.h"
#include "outbox.h"
#include "referral.h"
#include "referralstore.h"
#include "testlocation.h"

#include <QSqlQuery>
#include <memory>

namespace rd {

// A real database with a store over it: an SQLite file in a fresh temporary folder, or a
// database of its own on the test server when the suite runs there (see testlocation.h).
class TestDatabase
{
public:
    // Opened as `session`, as the app opens a database for the person using it.
    explicit TestDatabase(DeadlinePolicy policy = {}, const Session &session = {});
    ~TestDatabase();

    // What --db takes to open the same database.
    QString path() const;
    const TestLocation &location() const { return m_location; }
    Database &database() { return *m_database; }
    ReferralStore &store() { return *m_store; }
    Outbox &outbox() { return *m_outbox; }

    // Runs raw SQL against the database, for checks the public interface does not expose.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    bool exec(const QString &sql);
    // Makes every `event` (INSERT, UPDATE, DELETE) on `table` fail with `message`, or only the
    // rows meeting `condition` (SQL on NEW or OLD): the database refusing, as a full disk does.
    bool failWrites(const QString &table, const QString &event, const QString &message, const QString &condition = {});
    // Takes back every failWrites(): the fault is gone.
    bool allowWrites();

    // The plan of the page `query` would read. On a server, with scans and sorts made as dear
    // as they go, so that the few rows of a test do not hide whether an index can serve it.
    QString planOfPage(const ReferralQuery &query);

private:
    TestLocation m_location;
    QStringList m_failures; // the triggers failWrites() made, with their tables
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferralStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
};

QDateTime utc(const char *iso);

// Whether `plan` (SQLite's or PostgreSQL's words) reads the table through an index whose name
// starts with `indexPrefix`, and whether it sorts rows itself instead of reading them in order.
bool planWalksIndex(const QString &plan, const QString &indexPrefix);
bool planSortsRows(const QString &plan);
// The plan starts the index walk at a bound of the sort key (a page's cursor), past its tab.
bool planRangesOverTheKey(const QString &plan);

// A new referral with every customer field filled, received at `receivedAt`.
Referral sampleReferral(const QString &id, const QDateTime &receivedAt, Status status = Status::New);

// A request for `action` that carries every value an action could need (an estimate or final
// value, a closing date, a reason): each action takes what it needs, so that only the rules
// decide. Without a value or a date it carries a reason alone.
ActionRequest requestFor(Action action, const QString &reason, const std::optional<Money> &value = std::nullopt,
                         const QDate &closingDate = {});

// Stores `referral` through the store and fails the current test if that did not work.
void storeReferral(ReferralStore &store, const Referral &referral, const QDateTime &now);

} // namespace rd
