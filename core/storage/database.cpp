#include "database.h"

#include "migrations.h"
#include "postgresql/postgresqlconninfo.h"
#include "sqlite/sqlitefile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlQuery>

namespace rd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("referral-desk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(std::unique_ptr<SqlDialect> dialect, QString connectionName, ConnectionSpec spec)
    : m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_spec(std::move(spec))
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

std::unique_ptr<Database> Database::open(const ConnectionSpec &spec, DatabaseError *error, OpenMode mode)
{
    const auto failed = [error](DatabaseError result) {
        if (error)
            *error = std::move(result);
        return nullptr;
    };
    std::unique_ptr<Database> database;
    switch (spec.engine) {
    case ConnectionSpec::Engine::Sqlite: {
        ConnectionSpec file = ConnectionSpec::sqliteFile(spec.location, spec.session);
        DatabaseError refused;
        if (!prepareSqliteFile(file.location, mode, &refused))
            return failed(refused);
        database.reset(new Database(makeSqliteDialect(), nextConnectionName(), std::move(file)));
        QSqlDatabase::addDatabase(database->m_dialect->driverName(), database->m_connectionName)
            .setDatabaseName(database->m_spec.location);
        break;
    }
    case ConnectionSpec::Engine::Postgresql: {
        const PostgresqlConninfo info = PostgresqlConninfo::parse(spec.location);
        if (!info.isValid()) {
            return failed({DatabaseError::Kind::CannotOpen,
                           QCoreApplication::translate("Database", "%1 is not a PostgreSQL connection address: %2. Write it as postgresql://user@host:port/database.")
                               .arg(spec.displayLocation(), info.error())});
        }
        database.reset(new Database(makePostgresqlDialect(), nextConnectionName(), spec));
        // Every parameter goes to libpq as given; the database itself is made by its
        // administrator. MustExist refuses one that holds no schema yet (below).
        QSqlDatabase server = QSqlDatabase::addDatabase(database->m_dialect->driverName(), database->m_connectionName);
        server.setConnectOptions(info.connectOptions());
        if (!spec.password.isEmpty())
            server.setPassword(spec.password);
        break;
    }
    }

    QSqlDatabase db = database->connection();
    DatabaseError result;
    if (!db.open()) {
        result = database->errorFor(db.lastError());
    } else {
        result = database->checkBeforeWriting();
        // A read never writes: not the file (refused before it is made), nor the schema of a server.
        if (result.kind == DatabaseError::Kind::None && mode == OpenMode::MustExist && !database->m_hasSchema
            && database->m_spec.engine == ConnectionSpec::Engine::Postgresql)
            result = database->notSetUp();
        for (const QString &statement : database->m_dialect->sessionSetup()) {
            if (result.kind != DatabaseError::Kind::None)
                break;
            if (!database->exec(statement))
                result = database->errorFor(database->m_lastError);
        }
        if (result.kind == DatabaseError::Kind::None)
            result = database->migrate();
    }
    if (result.kind != DatabaseError::Kind::None)
        return failed(result);
    // On a server each person connects as their own role: that is who decides, unless the
    // caller names someone (a test, or an administrator's maintenance run).
    if (database->m_spec.engine == ConnectionSpec::Engine::Postgresql && database->m_spec.session.actor.isEmpty()) {
        QSqlQuery who(db);
        if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
            database->m_spec.session.actor = who.value(0).toString();
    }
    return database;
}

DatabaseError Database::checkBeforeWriting()
{
    // Only reads here: a file that is not ours, or from a newer version, stays byte for byte.
    if (!exec(m_dialect->readOnlySetup()))
        return errorFor(m_lastError);
    QSqlQuery tables(connection());
    if (!tables.exec(m_dialect->tableNamesQuery()))
        return errorFor(tables.lastError());
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    if (names.isEmpty())
        return {};
    m_hasSchema = names.contains(QLatin1String("schema_migrations"));
    if (!names.contains(QLatin1String("schema_migrations")) || !names.contains(QLatin1String("referrals"))) {
        if (m_spec.engine == ConnectionSpec::Engine::Postgresql) {
            return {DatabaseError::Kind::NotReferralDesk,
                    QCoreApplication::translate("Database", "The server database %1 holds the tables of another program, not of Referral Desk; "
                                                            "it was left as it is. Ask your administrator for the team's database.")
                        .arg(m_spec.displayLocation())};
        }
        return {DatabaseError::Kind::NotReferralDesk,
                QCoreApplication::translate("Database", "The file %1 is a database of another program, not of Referral Desk; it was left as it is. Open another file.")
                    .arg(m_spec.displayLocation())};
    }
    const int found = schemaVersion();
    if (found > latestSchemaVersion())
        return newerSchema(found);
    return {};
}

DatabaseError Database::notSetUp() const
{
    return {DatabaseError::Kind::Missing,
            QCoreApplication::translate("Database", "The server database %1 is not set up for Referral Desk yet, so there is nothing to read. "
                                                    "Set it up with referral-desk-cli migrate, or open it in Referral Desk.")
                .arg(m_spec.displayLocation())};
}

DatabaseError Database::newerSchema(int found) const
{
    return {DatabaseError::Kind::NewerSchema,
            QCoreApplication::translate("Database",
                                        "The database %1 was written by a newer version of Referral Desk (schema %2; this version knows up to %3). "
                                        "Update Referral Desk to open it; the file was left as it is.")
                .arg(m_spec.displayLocation())
                .arg(found)
                .arg(latestSchemaVersion())};
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

bool Database::isAlive()
{
    if (m_spec.engine == ConnectionSpec::Engine::Sqlite)
        return true;
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1")) && !m_dialect->connectionLost(connection());
}

bool Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        m_lastError = db.lastError();
        return false;
    }
    if (!exec(m_dialect->readOnlySetup()))
        return false;
    for (const QString &statement : m_dialect->sessionSetup()) {
        if (!exec(statement))
            return false;
    }
    return true;
}

bool Database::beginWrite()
{
    return exec(m_dialect->beginWriteTransaction());
}

bool Database::beginExclusiveWrite()
{
    if (!beginWrite())
        return false;
    const QString lock = m_dialect->exclusiveWorkLock();
    if (lock.isEmpty() || exec(lock))
        return true;
    rollback();
    return false;
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

DatabaseError Database::migrate()
{
    // One write transaction reads the version and applies what is missing, so that several
    // programs opening a new database at once apply each migration exactly once.
    if (!beginWrite())
        return errorFor(m_lastError);
    const auto fail = [this]() {
        const DatabaseError error = errorFor(m_lastError);
        rollback();
        return error;
    };
    if (!m_dialect->migrationLock().isEmpty() && !exec(m_dialect->migrationLock()))
        return fail();
    // Only a new database needs the table: on a server, a rep may not create tables at all.
    if (!m_hasSchema && !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")))
        return fail();
    const int current = schemaVersion();
    m_versionWhenOpened = current;
    if (current > latestSchemaVersion()) {
        rollback();
        return newerSchema(current);
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &portable : migration.statements) {
            for (const QString &statement : m_dialect->ddl(portable)) {
                if (!exec(statement))
                    return fail();
            }
        }
        if (QString problem; migration.backfill && !migration.backfill(*this, &problem)) {
            m_lastError = QSqlError(QString(), problem, QSqlError::UnknownError);
            return fail();
        }
        QSqlQuery record(connection());
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"));
        record.addBindValue(migration.version);
        if (!record.exec()) {
            m_lastError = record.lastError();
            return fail();
        }
    }
    if (!commit())
        return fail();
    return {};
}

QString Database::describe(const QSqlError &error) const
{
    return errorFor(error).message;
}

DatabaseError Database::errorFor(const QSqlError &error) const
{
    using Kind = DatabaseError::Kind;
    const SqlDialect::ErrorKind kind = m_dialect->connectionLost(connection()) ? SqlDialect::ErrorKind::Unreachable
                                                                               : m_dialect->classify(error);
    switch (kind) {
    case SqlDialect::ErrorKind::Busy:
        return {Kind::Locked,
                QCoreApplication::translate("Database", "The database %1 is busy with another program. Try again in a moment, or close the other program.")
                    .arg(m_spec.displayLocation())};
    case SqlDialect::ErrorKind::ReadOnly:
        return {Kind::ReadOnly,
                QCoreApplication::translate("Database", "The database %1 can't be written: it or its folder is read-only. Check the permissions, or open a copy.")
                    .arg(m_spec.displayLocation())};
    case SqlDialect::ErrorKind::Corrupt:
        return {Kind::Corrupt,
                QCoreApplication::translate("Database", "The file %1 is not a Referral Desk database or it is damaged. Open another file, or restore this one from a backup.")
                    .arg(m_spec.displayLocation())};
    case SqlDialect::ErrorKind::CannotOpen:
        return {Kind::CannotOpen,
                QCoreApplication::translate("Database", "The database %1 can't be opened. Check that its folder exists and that you may write there.")
                    .arg(m_spec.displayLocation())};
    case SqlDialect::ErrorKind::Unreachable: {
        // A connection found closed has no words of the server to pass on.
        const QString said = error.text().trimmed();
        QString message = QCoreApplication::translate("Database", "The database server %1 can't be reached or refused the connection. "
                                                                  "Check the address and that the server is running, or ask whoever runs it.")
                              .arg(m_spec.displayLocation());
        if (!said.isEmpty())
            message += QLatin1Char(' ') + QCoreApplication::translate("Database", "The server said: %1").arg(said);
        return {Kind::Unreachable, message};
    }
    case SqlDialect::ErrorKind::NotPermitted:
        return {Kind::NotPermitted,
                QCoreApplication::translate("Database", "You may not do this on the database %1: your user lacks the permission. Ask a manager of your team to grant it.")
                    .arg(m_spec.displayLocation())};
    case SqlDialect::ErrorKind::Other:
        break;
    }
    return {Kind::Other,
            QCoreApplication::translate("Database", "The database %1 reported an error: %2")
                .arg(m_spec.displayLocation(), error.text())};
}

} // namespace rd
