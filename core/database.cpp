#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("referral-desk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString location)
    : m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, DatabaseError *error)
{
    const QString location = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Database> database(new Database(makeSqliteDialect(), nextConnectionName(), location));

    QDir().mkpath(QFileInfo(location).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect->driverName(), database->m_connectionName);
    db.setDatabaseName(location);
    DatabaseError result;
    if (!db.open()) {
        result = database->errorFor(db.lastError());
    } else {
        for (const QString &statement : database->m_dialect->sessionSetup()) {
            if (!database->exec(statement)) {
                result = database->errorFor(database->m_lastError);
                break;
            }
        }
        if (result.kind == DatabaseError::Kind::None)
            result = database->migrate();
    }
    if (result.kind != DatabaseError::Kind::None) {
        if (error)
            *error = result;
        return nullptr;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    m_lastError = query.lastError();
    return false;
}

bool Database::beginWrite()
{
    return exec(m_dialect->beginWriteTransaction());
}

bool Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    const QSqlError kept = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = kept;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

qint64 Database::changeCounter() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect->changeCounterQuery()) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

DatabaseError Database::migrate()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")))
        return errorFor(m_lastError);

    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        return {DatabaseError::Kind::NewerSchema,
                QCoreApplication::translate("Database",
                                            "The database %1 was written by a newer version of Referral Desk (schema %2; this version knows up to %3). "
                                            "Update Referral Desk to open it; the file was left as it is.")
                    .arg(m_location)
                    .arg(current)
                    .arg(latestSchemaVersion())};
    }

    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!beginWrite())
            return errorFor(m_lastError);
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(m_dialect->ddl(statement))) {
                ok = false;
                break;
            }
        }
        if (ok) {
            QSqlQuery record(connection());
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"));
            record.addBindValue(migration.version);
            ok = record.exec();
            if (!ok)
                m_lastError = record.lastError();
        }
        if (!ok || !commit()) {
            const DatabaseError error = errorFor(m_lastError);
            rollback();
            return error;
        }
    }
    return {};
}

QString Database::describe(const QSqlError &error) const
{
    return errorFor(error).message;
}

DatabaseError Database::errorFor(const QSqlError &error) const
{
    using Kind = DatabaseError::Kind;
    switch (m_dialect->classify(error)) {
    case SqlDialect::ErrorKind::Busy:
        return {Kind::Locked,
                QCoreApplication::translate("Database", "The database %1 is busy with another program. Try again in a moment, or close the other program.")
                    .arg(m_location)};
    case SqlDialect::ErrorKind::ReadOnly:
        return {Kind::ReadOnly,
                QCoreApplication::translate("Database", "The database %1 can't be written: it or its folder is read-only. Check the permissions, or open a copy.")
                    .arg(m_location)};
    case SqlDialect::ErrorKind::Corrupt:
        return {Kind::Corrupt,
                QCoreApplication::translate("Database", "The file %1 is not a Referral Desk database or it is damaged. Open another file, or restore this one from a backup.")
                    .arg(m_location)};
    case SqlDialect::ErrorKind::CannotOpen:
        return {Kind::CannotOpen,
                QCoreApplication::translate("Database", "The database %1 can't be opened. Check that its folder exists and that you may write there.")
                    .arg(m_location)};
    case SqlDialect::ErrorKind::Other:
        break;
    }
    return {Kind::Other,
            QCoreApplication::translate("Database", "The database %1 reported an error: %2")
                .arg(m_location, error.text())};
}
