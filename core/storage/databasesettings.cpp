#include "databasesettings.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd::DatabaseSettings {

std::optional<QString> value(Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

namespace {

bool write(Database &database, const QString &sql, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : value); // a null QString binds as NULL
    if (query.exec())
        return true;
    if (error)
        *error = database.describe(query.lastError());
    return false;
}

} // namespace

bool setValue(Database &database, const QString &key, const QString &value, QString *error)
{
    return write(database, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 key, value, error);
}

bool setValueIfAbsent(Database &database, const QString &key, const QString &value, QString *error)
{
    return write(database, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"), key, value, error);
}

} // namespace rd::DatabaseSettings
