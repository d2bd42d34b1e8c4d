#include "connectionspec.h"

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

ConnectionSpec ConnectionSpec::fromUserText(const QString &text, const Session &session)
{
    return sqliteFile(text, session);
}

QString ConnectionSpec::shortName() const
{
    return QFileInfo(location).fileName();
}

QString ConnectionSpec::identity() const
{
    const QString canonical = QFileInfo(location).canonicalFilePath();
    return canonical.isEmpty() ? location : canonical;
}

bool ConnectionSpec::sameDatabase(const ConnectionSpec &other) const
{
    return engine == other.engine && identity() == other.identity();
}

} // namespace rd
