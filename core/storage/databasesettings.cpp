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

bool setValue(Database &database, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : value); // a null QString binds as NULL
    if (query.exec())
        return true;
    if (error)
        *error = database.describe(query.lastError());
    return false;
}

bool setValueIfAbsent(Database &database, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : value); // a null QString binds as NULL
    if (query.exec())
        return true;
    if (error)
        *error = database.describe(query.lastError());
    return false;
}

} // namespace rd::DatabaseSettings
