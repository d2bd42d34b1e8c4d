#pragma once

#include <QSqlDatabase>
#include <QRegularExpression>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>

namespace rd {

// Everything the store says that not every SQL database understands lives behind this seam,
// so that a PostgreSQL backend is one more dialect, not a second store.
class SqlDialect
{
public:
    enum class ErrorKind { Other, Busy, ReadOnly, Corrupt, CannotOpen, Unreachable, NotPermitted };

    virtual ~SqlDialect() = default;
    virtual QString driverName() const = 0;
    // Whether a forward-only query may read its rows one at a time while other statements run
    // on the same connection (SQLite); a server driver that streams rows loses them when another
    // statement runs before they are read, so there a query reads its whole result at once.
    virtual bool readsRowsOneAtATime() const = 0;
    // Run first on a new connection, before anything may write (waiting for locks, say).
    virtual QString readOnlySetup() const = 0;
    // The names of the tables in the database, one per row.
    virtual QString tableNamesQuery() const = 0;
    // Statements run once on every new connection, once it is known to be ours.
    virtual QStringList sessionSetup() const = 0;
    // Starts a transaction that will write; SQLite takes the write lock up front so that a
    // read-then-write never fails half-way on a lock upgrade.
    virtual QString beginWriteTransaction() const = 0;
    // Run in the migration's transaction before anything else, so that several programs
    // opening a new database at once apply each migration exactly once.
    virtual QString migrationLock() const = 0;
    // Replaces the placeholders of portable DDL: ${BIGINT}, ${SERIAL_KEY}, and the statements
    // ${CREATE_SEARCH_INDEX}, ${EXPAND_LEGACY_NOTICES} (schema 4: one customer notice per
    // contact with an e-mail address, read from the contacts JSON), ${CHANGE_NOTICES} (a
    // server tells every connection of a change), ${TEAM_SECURITY} and ${POLICIES_PER_ROLE}
    // (roles and row-level security), ${CLAIM_GUARD} (only managers move claims) and
    // ${REGIONS_PER_MEMBER} (a rep kept to their regions), and inside a statement
    // ${FIRST_REQUIREMENT:key} (firstListItem() of the requirements' list `key`); a
    // placeholder may stand for several statements, or none.
    virtual QStringList ddl(QString portableDdl) const = 0;
    // Put after a SELECT of rows about to be changed, so that two programs doing the same work at
    // once (two deadline sweeps) each take rows the other has not: one archives a row, never both.
    virtual QString skipRowsTakenElsewhere() const = 0;
    // Put after the SELECT of the one row a decision reads, so that a second decision on it waits
    // for the first to commit and then reads what it wrote; empty where the write transaction
    // already excludes every other writer.
    virtual QString lockRowForChange() const = 0;
    // Run after beginWriteTransaction() to keep every other program out of the same work until
    // commit; empty where that transaction already excludes every other writer.
    virtual QString exclusiveWorkLock() const = 0;
    // LIKE without regard to ASCII case, as SQLite's LIKE always is.
    virtual QString caseInsensitiveLike() const = 0;

    // Full-text search over referrals (see searchtext.h for what is indexed).
    virtual QString searchIndexDelete() const = 0; // binds the referral id
    virtual QString searchIndexInsert() const = 0; // binds the text, then the referral id
    // Removes the search rows of the referrals that meet `condition` (SQL on referrals).
    virtual QString searchIndexDeleteWhere(const QString &condition) const = 0;
    // A condition on the referrals table that keeps rows whose text contains every term.
    virtual QString searchCondition(const QStringList &terms, QVariantList *bindings) const = 0;
    // The first item of the list `key` in the JSON object stored in `column`, or '' (sorts).
    virtual QString firstListItem(const QString &column, const QString &key) const = 0;
    // A table of the items of the list `key` in the JSON object stored in `column`, one row
    // each with the item as column `value`; no rows when the list is absent or the JSON damaged.
    virtual QString jsonListItems(const QString &column, const QString &key) const = 0;
    // A condition true when `a` and `b` are equal or both NULL.
    virtual QString nullSafeEqual(const QString &a, const QString &b) const = 0;
    // The days from 1970-01-01 to the 'YYYY-MM-DD' date in `column`, as an integer.
    virtual QString epochDay(const QString &column) const = 0;
    // A column that names a row of referrals even when its id is damaged.
    virtual QString rowKeyColumn() const = 0;
    // Put before a SELECT to get the query plan instead of rows.
    virtual QString explainPrefix() const = 0;
    virtual ErrorKind classify(const QSqlError &error) const = 0;
    // Whether `connection` lost its server (a file never does): every error on it is then that.
    virtual bool connectionLost(const QSqlDatabase &connection) const = 0;

protected:
    // ${FIRST_REQUIREMENT:key} in portable DDL, as the pages sort by it, so that an index on it
    // is the very expression of their ORDER BY.
    void expandFirstRequirements(QString &portableDdl) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\$\\{FIRST_REQUIREMENT:(\\w+)\\}"));
        for (QRegularExpressionMatch match = placeholder.match(portableDdl); match.hasMatch(); match = placeholder.match(portableDdl))
            portableDdl.replace(match.capturedStart(), match.capturedLength(), firstListItem(QStringLiteral("requirements"), match.captured(1)));
    }
};

std::unique_ptr<SqlDialect> makeSqliteDialect();
std::unique_ptr<SqlDialect> makePostgresqlDialect();

} // namespace rd
