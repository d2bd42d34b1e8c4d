#include "sqlite/sqlitefile.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder = kOwnerOnly | QFile::ExeOwner;

// Creates the missing folders of `folder`, each readable by its owner only.
bool makeOwnerOnlyFolders(const QString &folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(folder); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        QFile::setPermissions(path, kOwnerOnlyFolder);
    }
    return QFileInfo(folder).isDir();
}

// SQLite gives the -wal and -shm files the permissions of the database file, so a database
// made owner-only before SQLite first opens it keeps all three private.
bool createOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path); // another process made it first
    return file.setPermissions(kOwnerOnly);
}

} // namespace

bool prepareSqliteFile(const QString &location, OpenMode mode, DatabaseError *error)
{
    const auto refuse = [error](DatabaseError::Kind kind, const QString &message) {
        *error = {kind, message};
        return false;
    };
    if (location.isEmpty()) {
        return refuse(DatabaseError::Kind::CannotOpen,
                      QCoreApplication::translate("Database", "No database file was named. Give the path of a database file."));
    }
    const QFileInfo file(location);
    if (file.isDir()) {
        return refuse(DatabaseError::Kind::CannotOpen,
                      QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(location));
    }
    if (file.exists())
        return true;
    if (mode == OpenMode::MustExist) {
        return refuse(DatabaseError::Kind::Missing,
                      QCoreApplication::translate("Database", "There is no database at %1. Check the path, or import referrals to create one.")
                          .arg(location));
    }
    if (!makeOwnerOnlyFolders(file.absolutePath()) || !createOwnerOnlyFile(location)) {
        return refuse(DatabaseError::Kind::CannotOpen,
                      QCoreApplication::translate("Database", "The database %1 can't be created. Check that its folder exists and that you may write there.")
                          .arg(location));
    }
    return true;
}

} // namespace rd
