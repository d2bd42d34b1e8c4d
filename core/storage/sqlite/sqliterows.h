#pragma once

#include "rowvalues.h"

#include <QSqlError>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace rd {

// A statement run straight through SQLite's C API on the connection Qt's driver opened, for the
// reads that return many rows (a page of referrals): Qt's driver makes a QVariant and a copy
// of it for every column of every row, which cost as much again as SQLite's own work. Same
// connection, so the same transaction, busy timeout and errors as every other statement.
class SqliteRows : public RowValues
{
public:
    // The connection's SQLite handle; none on another engine.
    static sqlite3 *handleOf(const QSqlDatabase &connection);

    SqliteRows(sqlite3 *handle, const QString &sql, const QVariantList &bindings);
    ~SqliteRows() override;
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // Steps to the next row; false at the end or on an error (error() says which).
    bool next();
    // As Qt's SQLite driver reports it: SQLite's words, its result code as the native code.
    QSqlError error() const { return m_error; }
    int columnCount() const;

    bool isNull(int column) const override;
    QString text(int column) const override;
    qint64 integer(int column) const override;
    QVariant value(int column) const override;

private:
    bool bind(int index, const QVariant &value);
    void fail(int code);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
};

} // namespace rd
