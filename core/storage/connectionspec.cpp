#include "connectionspec.h"

#include "postgresql/postgresqlconninfo.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rd {

ConnectionSpec ConnectionSpec::sqliteFile(const QString &path, const Session &session)
{
    ConnectionSpec spec;
    spec.engine = Engine::Sqlite;
    spec.location = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    spec.session = session;
    return spec;
}

ConnectionSpec ConnectionSpec::postgresql(const QString &uri, const Session &session)
{
    ConnectionSpec spec;
    spec.engine = Engine::Postgresql;
    spec.location = uri.trimmed();
    spec.session = session;
    return spec;
}

bool ConnectionSpec::namesServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ConnectionSpec::serverAddressProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionSpec", "Type the address of the team's server.");
    if (!namesServer(text))
        return QCoreApplication::translate("ConnectionSpec", "A server address starts with postgresql://, as in postgresql://kim@db.example.com/referrals.");
    const PostgresqlConninfo info = PostgresqlConninfo::parse(text.trimmed());
    if (!info.isValid())
        return QCoreApplication::translate("ConnectionSpec", "This is not a server address PostgreSQL understands: %1").arg(info.error());
    return {};
}

ConnectionSpec ConnectionSpec::fromUserText(const QString &text, const Session &session)
{
    return namesServer(text) ? postgresql(text, session) : sqliteFile(text, session);
}

QString ConnectionSpec::shortName() const
{
    if (engine == Engine::Postgresql)
        return PostgresqlConninfo::parse(location).databaseName();
    return QFileInfo(location).fileName();
}

QString ConnectionSpec::displayLocation() const
{
    if (engine == Engine::Postgresql) {
        const PostgresqlConninfo info = PostgresqlConninfo::parse(location);
        return info.isValid() ? info.withoutSecrets() : location.section(QLatin1Char('@'), -1);
    }
    return location;
}

QString ConnectionSpec::identity() const
{
    if (engine == Engine::Postgresql)
        return PostgresqlConninfo::parse(location).identity();
    const QString canonical = QFileInfo(location).canonicalFilePath();
    return canonical.isEmpty() ? location : canonical;
}

bool ConnectionSpec::sameDatabase(const ConnectionSpec &other) const
{
    return engine == other.engine && identity() == other.identity();
}

} // namespace rd
