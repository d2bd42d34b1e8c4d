#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct DatabaseError
{
    enum class Kind { None, NewerSchema, Corrupt, Locked, ReadOnly, CannotOpen, Other };
    Kind kind = Kind::None;
    QString message; // translated; names the file and what to do
};

// One open connection with its schema brought up to date. A QSqlDatabase belongs to the
// thread that opened it, so each thread opens its own Database; nothing keeps QSqlDatabase
// handles around, they are looked up by this object's connection name.
class Database
{
public:
    static std::unique_ptr<Database> openSqlite(const QString &path, DatabaseError *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const;
    // Changes whenever another connection commits; -1 when it cannot be read.
    qint64 changeCounter() const;

    bool beginWrite();
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_lastError; }
    // A sentence for people about a failed statement, naming this database.
    QString describe(const QSqlError &error) const;

private:
    Database(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString location);
    bool exec(const QString &statement);
    DatabaseError migrate();
    DatabaseError errorFor(const QSqlError &error) const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_location;
    QSqlError m_lastError;
};
