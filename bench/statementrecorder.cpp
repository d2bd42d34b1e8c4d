#include "statementrecorder.h"

#include "database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace rd::bench {

sqlite3 *sqliteHandle(const Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        qFatal("the benchmark needs an SQLite database");
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

StatementRecorder *g_recordingNewConnections = nullptr;

} // namespace

StatementRecorder::StatementRecorder(sqlite3 *db)
    : m_db(db)
{
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementRecorder::traced, this);
}

StatementRecorder::StatementRecorder()
    : m_db(nullptr)
{
    g_recordingNewConnections = this;
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&StatementRecorder::onOpen));
}

StatementRecorder::~StatementRecorder()
{
    if (m_db) {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&StatementRecorder::onOpen));
    g_recordingNewConnections = nullptr;
}

int StatementRecorder::onOpen(sqlite3 *db, const char **, const void *)
{
    if (g_recordingNewConnections)
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &StatementRecorder::traced, g_recordingNewConnections);
    return SQLITE_OK;
}

int StatementRecorder::traced(unsigned type, void *self, void *statement, void *text)
{
    // Statements of triggers come as comments ("-- TRIGGER ..."): their statement runs them.
    if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char *>(text), "--", 2) == 0)
        return 0;
    char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (expanded) {
        static_cast<StatementRecorder *>(self)->m_statements.append(QString::fromUtf8(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

} // namespace rd::bench
