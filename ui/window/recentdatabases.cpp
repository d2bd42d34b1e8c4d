#include "recentdatabases.h"

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
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxCount)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

} // namespace RecentDatabases

} // namespace rd
