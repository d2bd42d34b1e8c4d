#pragma once

#include "changefeed.h"

#include <QTimer>

namespace rd {

// SQLite's data_version changes whenever another connection commits to the file: cheap enough
// to read every couple of seconds, and silent about this connection's own changes (which the
// store announces itself).
class SqliteChangeFeed final : public ChangeFeed
{
public:
    SqliteChangeFeed(Database &database, int pollIntervalMs);
    void checkNow() override;

private:
    // -1 when it cannot be read (the file is busy): nothing is announced then.
    qint64 dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace rd
