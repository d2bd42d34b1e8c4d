#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace rd::bench {

// SQLite's C API with nothing between it and the SQL: the physical limit each of Referral
// Desk's operations is measured beside. Fails loudly: a benchmark that measured an error
// would measure nothing.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // Binds what Qt's driver would (null, integer, real, text), resets before each run.
    void bind(const QVariantList &values);
    // Steps to the end, reading every column of every row as the program would have to;
    // returns the rows.
    int readAll();
    // Runs a statement that returns no rows.
    void run();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const QString &sql);
    // The first column of the first row.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    // Every row, each column as text or a number.
    QList<QVariantList> rows(const QString &sql);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace rd::bench
