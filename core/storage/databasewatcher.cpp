#include "databasewatcher.h"

#include "database.h"

namespace rd {

DatabaseWatcher::DatabaseWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lastCounter(database.changeCounter())
{
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    m_timer.start(intervalMs);
}

void DatabaseWatcher::checkNow()
{
    const qint64 counter = m_database.changeCounter();
    if (counter < 0 || counter == m_lastCounter)
        return;
    m_lastCounter = counter;
    emit changedElsewhere();
}

} // namespace rd
