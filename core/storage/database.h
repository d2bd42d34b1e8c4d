#pragma once

#include "connectionspec.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace rd {

struct DatabaseError
{
    enum class Kind { None, NewerSchema, NotReferralDesk, Missing, Corrupt, Locked, ReadOnly, CannotOpen, Unreachable, NotPermitted, Other };
    Kind kind = Kind::None;
    QString message; // translated; names the file or server and what to do
};

// One open connection with its schema brought up to date. A QSqlDatabase belongs to the
// thread that opened it, so each thread opens its own Database; nothing keeps QSqlDatabase
// handles around, they are looked up by this object's connection name.
class Database
{
public:
    using OpenMode = rd::OpenMode;
    // Opens the database `spec` names, on whichever engine it says, as its session.
    static std::unique_ptr<Database> open(const ConnectionSpec &spec, DatabaseError *error,
                                          OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    // Which database this is and who is connected: Database::open(spec()) is another
    // connection like this one.
    const ConnectionSpec &spec() const { return m_spec; }
    const Session &session() const { return m_spec.session; }
    int schemaVersion() const;
    // The schema version the database had before this connection brought it up to date (0 for
    // one it created): `migrate` reports from what to what.
    int schemaVersionWhenOpened() const { return m_versionWhenOpened; }

    // Whether the connection still answers (a server may have restarted or dropped it), and
    // opening it again as before; a file is always there.
    bool isAlive();
    bool reconnect();

    bool beginWrite();
    // A write transaction that no other program runs at the same time: the deadline sweep and
    // its reminders, which must archive a referral or queue a reminder exactly once.
    bool beginExclusiveWrite();
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_lastError; }
    // Keeps the error of a statement run on this connection, for lastError() and rollback().
    void noteError(const QSqlError &error) { m_lastError = error; }
    // Which kind of failure `error` is, as DatabaseError names them.
    DatabaseError::Kind classify(const QSqlError &error) const { return errorFor(error).kind; }
    // A sentence for people about a failed statement, naming this database.
    QString describe(const QSqlError &error) const;

private:
    Database(std::unique_ptr<SqlDialect> dialect, QString connectionName, ConnectionSpec spec);
    bool exec(const QString &statement);
    // Before anything is written: refuses a file that is not ours or is from a newer schema.
    DatabaseError checkBeforeWriting();
    DatabaseError migrate();
    DatabaseError newerSchema(int found) const;
    DatabaseError notSetUp() const;
    DatabaseError errorFor(const QSqlError &error) const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    ConnectionSpec m_spec;
    QSqlError m_lastError;
    int m_versionWhenOpened = 0;
    bool m_hasSchema = false;
};

} // namespace rd
