#include "sqlite/sqlitechangefeed.h"

#include "database.h"

#include <QSqlQuery>

namespace rd {

SqliteChangeFeed::SqliteChangeFeed(Database &database, int pollIntervalMs)
    : m_database(database)
    , m_lastVersion(dataVersion())
{
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeFeed::checkNow);
    m_timer.start(pollIntervalMs);
}

void SqliteChangeFeed::checkNow()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    emit changedElsewhere();
}

qint64 SqliteChangeFeed::dataVersion() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace rd
