#pragma once

#include <QObject>
#include <QTimer>

namespace rd {

class Database;

// Notices changes that other connections commit (the command line, a second window, an import
// running on another thread), by polling the database's cheap change counter.
class DatabaseWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWatcher(Database &database, int intervalMs = 2000, QObject *parent = nullptr);

public slots:
    void checkNow();

signals:
    void changedElsewhere();

private:
    Database &m_database;
    QTimer m_timer;
    qint64 m_lastCounter = -1;
};

} // namespace rd
