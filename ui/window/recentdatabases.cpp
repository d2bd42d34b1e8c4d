#include "recentdatabases.h"

#include "connectionspec.h"

#include <QFileInfo>
#include <QSettings>

namespace rd {

namespace {

const QString kKey = QStringLiteral("databases/recent");

} // namespace

namespace RecentDatabases {

QStringList list()
{
    QStringList existing;
    for (const QString &path : QSettings().value(kKey).toStringList()) {
        // A server can't be checked without connecting: it stays until it is opened no more.
        if (ConnectionSpec::namesServer(path) || QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

QString lastServer()
{
    for (const QString &location : QSettings().value(kKey).toStringList()) {
        if (ConnectionSpec::namesServer(location))
            return location;
    }
    return {};
}

void remember(const ConnectionSpec &spec)
{
    // A server is remembered by an address that holds no password.
    const QString absolute = spec.engine == ConnectionSpec::Engine::Postgresql ? spec.displayLocation()
                                                                                : QFileInfo(spec.location).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxCount)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

} // namespace RecentDatabases

} // namespace rd
