#include "postgresql/postgresqlchangefeed.h"

#include "database.h"
#include "postgresql/postgresqlschema.h"

#include <QSqlQuery>

namespace rd {

PostgresqlChangeFeed::PostgresqlChangeFeed(Database &database, int pollIntervalMs)
    : m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &PostgresqlChangeFeed::checkNow);
    m_timer.start(pollIntervalMs);
    m_connected = subscribe();
}

PostgresqlChangeFeed::~PostgresqlChangeFeed()
{
    if (QSqlDriver *driver = m_database.connection().driver())
        driver->unsubscribeFromNotification(QLatin1String(kChangeChannel));
}

bool PostgresqlChangeFeed::subscribe()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return false;
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification), this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) { onNotification(name, source); });
    const QString channel = QLatin1String(kChangeChannel);
    return driver->subscribedToNotifications().contains(channel) || driver->subscribeToNotification(channel);
}

void PostgresqlChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source)
{
    // This connection's own changes are announced by the store that made them.
    if (name == QLatin1String(kChangeChannel) && source == QSqlDriver::OtherSource)
        emit changedElsewhere();
}

void PostgresqlChangeFeed::checkNow()
{
    if (!m_database.isAlive()) {
        if (m_connected) {
            m_connected = false;
            emit connectionChanged(false);
        }
        if (!m_database.reconnect())
            return;
    }
    if (m_connected)
        return;
    if (!subscribe())
        return;
    m_connected = true;
    // Whatever changed while away was never announced: views reload, then hear it is back.
    emit changedElsewhere();
    emit connectionChanged(true);
}

} // namespace rd
