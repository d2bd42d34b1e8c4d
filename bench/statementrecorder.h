#pragma once

#include <QStringList>

struct sqlite3;

namespace rd {
class Database;
}

namespace rd::bench {

// The SQLite connection under a Database of ours (Qt's driver hands it out).
sqlite3 *sqliteHandle(const Database &database);

// Every statement a connection runs while the recorder lives, as SQLite ran it (its values in
// place of the parameters): what the raw run repeats to do exactly the same SQL work.
class StatementRecorder
{
public:
    // Records the statements of `db`.
    explicit StatementRecorder(sqlite3 *db);
    // Records every connection opened while it lives, from its first statement on (an SQLite
    // auto-extension): what opening a database runs. Close them before the recorder goes.
    StatementRecorder();
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    const QStringList &statements() const { return m_statements; }

private:
    static int traced(unsigned type, void *self, void *statement, void *text);
    static int onOpen(sqlite3 *db, const char **error, const void *api);

    sqlite3 *m_db;
    QStringList m_statements;
};

} // namespace rd::bench
