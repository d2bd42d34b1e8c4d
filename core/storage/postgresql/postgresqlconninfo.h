#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace rd {

// A PostgreSQL connection URI or key=value string, read by libpq itself so that whatever libpq
// accepts works here (a Unix-socket folder as ?host=/path, sslmode, a service name, ...).
class PostgresqlConninfo
{
public:
    static PostgresqlConninfo parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // libpq's words when the text is not a connection string

    QString value(const char *keyword) const;
    // The database named, or the user's name (libpq's default), or "postgres".
    QString databaseName() const;
    // Every parameter as key='value' pairs for the QPSQL driver's connect options.
    QString connectOptions() const;
    // The URI without password, for status bars and errors.
    QString withoutSecrets() const;
    // Server, port and database: the same database whoever connects to it.
    QString identity() const;

private:
    QList<QPair<QString, QString>> m_values;
    QString m_error;
};

} // namespace rd
