#include "sqldialect.h"

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QStringList sessionSetup() const override
    {
        // WAL lets the window read while the command line or the deadline checker writes.
        // synchronous stays FULL (Debian's default with WAL): a rep's decision must survive a
        // power cut, and commits are single decisions or whole import batches, so the extra
        // fsync costs little.
        return {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("PRAGMA synchronous=FULL"),
                QStringLiteral("PRAGMA foreign_keys=ON"),
                QStringLiteral("PRAGMA busy_timeout=5000")};
    }

    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    QString ddl(QString portableDdl) const override
    {
        return portableDdl.replace(QLatin1String("${BIGINT}"), QLatin1String("INTEGER"))
            .replace(QLatin1String("${SERIAL_KEY}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    }

    QString explainPrefix() const override { return QStringLiteral("EXPLAIN QUERY PLAN "); }

    ErrorKind classify(const QSqlError &error) const override
    {
        // The driver reports SQLite's primary result code (the low byte of the extended one).
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
        if (!ok)
            return ErrorKind::Other;
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return ErrorKind::Busy;
        case 8: // SQLITE_READONLY
            return ErrorKind::ReadOnly;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return ErrorKind::Corrupt;
        case 14: // SQLITE_CANTOPEN
            return ErrorKind::CannotOpen;
        default:
            return ErrorKind::Other;
        }
    }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}
