#include "rawsqlite.h"

#include <sqlite3.h>

namespace rd::bench {

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    qFatal("raw SQLite: %s: %s", what, sqlite3_errmsg(db));
}

} // namespace

RawStatement::RawStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        fail(db, text.constData());
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(const QVariantList &values)
{
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
        } else {
            // As Qt's driver binds text: UTF-16, which SQLite converts.
            const QString text = value.toString();
            rc = sqlite3_bind_text16(m_statement, i + 1, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            fail(m_db, "bind");
    }
}

int RawStatement::readAll()
{
    int rows = 0;
    for (;;) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(m_db, "step");
        ++rows;
        // A program must read what it shows: every column, text as text.
        const int columns = sqlite3_column_count(m_statement);
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(m_statement, c) == SQLITE_TEXT)
                (void)sqlite3_column_text16(m_statement, c);
            else
                (void)sqlite3_column_int64(m_statement, c);
        }
    }
    sqlite3_reset(m_statement);
    return rows;
}

void RawStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db, "step");
    sqlite3_reset(m_statement);
}

RawSqlite::RawSqlite(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        fail(m_db, "open");
    // What Referral Desk's own connection sets (sqlitedialect.cpp): the same durability.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
        exec(QLatin1String(pragma));
}

RawSqlite::~RawSqlite()
{
    sqlite3_close_v2(m_db);
}

void RawSqlite::exec(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("raw SQLite: %s: %s", qPrintable(sql), error);
}

QVariant RawSqlite::scalar(const QString &sql, const QVariantList &bindings)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), -1, &statement, nullptr) != SQLITE_OK)
        fail(m_db, text.constData());
    QVariant value;
    for (int i = 0; i < bindings.size(); ++i)
        sqlite3_bind_int64(statement, i + 1, bindings.at(i).toLongLong());
    if (sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_type(statement, 0) == SQLITE_TEXT
            ? QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))))
            : QVariant(qint64(sqlite3_column_int64(statement, 0)));
    }
    sqlite3_finalize(statement);
    return value;
}

QList<QVariantList> RawSqlite::rows(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), -1, &statement, nullptr) != SQLITE_OK)
        fail(m_db, text.constData());
    QList<QVariantList> result;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            row.append(sqlite3_column_type(statement, c) == SQLITE_TEXT
                           ? QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c))))
                           : QVariant(qint64(sqlite3_column_int64(statement, c))));
        }
        result.append(row);
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace rd::bench
