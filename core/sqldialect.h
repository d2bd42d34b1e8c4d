#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>

// Everything the store says that not every SQL database understands lives behind this seam,
// so that a PostgreSQL backend is one more dialect, not a second store.
class SqlDialect
{
public:
    enum class ErrorKind { Other, Busy, ReadOnly, Corrupt, CannotOpen };

    virtual ~SqlDialect() = default;
    virtual QString driverName() const = 0;
    // Statements run once on every new connection.
    virtual QStringList sessionSetup() const = 0;
    // Starts a transaction that will write; SQLite takes the write lock up front so that a
    // read-then-write never fails half-way on a lock upgrade.
    virtual QString beginWriteTransaction() const = 0;
    // Replaces the placeholders of portable DDL: ${BIGINT}, ${SERIAL_KEY}.
    virtual QString ddl(QString portableDdl) const = 0;
    // Put before a SELECT to get the query plan instead of rows.
    virtual QString explainPrefix() const = 0;
    virtual ErrorKind classify(const QSqlError &error) const = 0;
};

std::unique_ptr<SqlDialect> makeSqliteDialect();
