#pragma once

#include "changefeed.h"

#include <QSqlDriver>
#include <QTimer>

namespace rd {

// The server pushes: every commit that changes a table of ours sends a notice on one channel
// (see postgresqlschema.h), which this connection LISTENs to. A check every poll interval finds a
// connection the server dropped; the feed then reconnects, LISTENs again and announces a change,
// since notices sent while it was away are lost.
class PostgresqlChangeFeed final : public ChangeFeed
{
public:
    PostgresqlChangeFeed(Database &database, int pollIntervalMs);
    ~PostgresqlChangeFeed() override;
    void checkNow() override;
    bool isConnected() const override { return m_connected; }

private:
    bool subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);

    Database &m_database;
    QTimer m_timer;
    bool m_connected = true;
};

} // namespace rd
