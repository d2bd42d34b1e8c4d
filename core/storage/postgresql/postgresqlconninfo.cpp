#include "postgresqlconninfo.h"

#include <QUrl>
#include <libpq-fe.h>

namespace rd {

PostgresqlConninfo PostgresqlConninfo::parse(const QString &text)
{
    PostgresqlConninfo info;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.trimmed().toUtf8().constData(), &error);
    if (!options) {
        info.m_error = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
        PQfreemem(error);
        return info;
    }
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            info.m_values.append({QString::fromUtf8(option->keyword), QString::fromUtf8(option->val)});
    }
    PQconninfoFree(options);
    return info;
}

QString PostgresqlConninfo::value(const char *keyword) const
{
    for (const auto &[key, value] : m_values) {
        if (key == QLatin1String(keyword))
            return value;
    }
    return {};
}

QString PostgresqlConninfo::databaseName() const
{
    QString name = value("dbname");
    if (name.isEmpty())
        name = value("user");
    return name.isEmpty() ? QStringLiteral("postgres") : name;
}

QString PostgresqlConninfo::connectOptions() const
{
    // libpq's quoting: single quotes around the value, backslash before ' and \. The driver
    // turns ';' into spaces, so a value may not hold one (no host, name or password needs it).
    QStringList pairs;
    for (const auto &[key, value] : m_values) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        pairs.append(QStringLiteral("%1='%2'").arg(key, quoted));
    }
    return pairs.join(QLatin1Char(' '));
}

QString PostgresqlConninfo::withoutSecrets() const
{
    const QString host = value("host");
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    QString uri = QStringLiteral("postgresql://");
    if (!value("user").isEmpty())
        uri += QString::fromUtf8(QUrl::toPercentEncoding(value("user"))) + QLatin1Char('@');
    if (!socketFolder)
        uri += host;
    if (!value("port").isEmpty())
        uri += QLatin1Char(':') + value("port");
    uri += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(databaseName()));
    if (socketFolder)
        uri += QStringLiteral("?host=") + host;
    return uri;
}

QString PostgresqlConninfo::identity() const
{
    const QString host = value("host").isEmpty() ? QStringLiteral("localhost") : value("host");
    const QString port = value("port").isEmpty() ? QStringLiteral("5432") : value("port");
    return QStringLiteral("postgresql://%1:%2/%3").arg(host, port, databaseName());
}

} // namespace rd
