#pragma once

#include "connectionspec.h"
#include "databaseopener.h"

#include <QObject>
#include <memory>

namespace rd {

class Clock;
class MainWindow;

// The composition root of the desktop application: for the one database open at a time it
// makes the connection, the store, the change feed, the deadline checker on a thread of its
// own and the window, and wires them. File > Open, New and Open recent replace them all; when
// the other database can't be opened, the one in use stays.
class Desk : public QObject
{
    Q_OBJECT
public:
    // Every database is opened as `session`: decisions are recorded under its actor (when it
    // has none, the login name on a file, the connected role on a server).
    Desk(const Clock &clock, const Session &session, QObject *parent = nullptr);
    ~Desk() override;

    // Opens the database `spec` names and shows its window; false when the user gave up.
    bool open(const ConnectionSpec &spec, MissingDatabase missing = MissingDatabase::Create);
    MainWindow *window() const;

private:
    class OpenDatabase;
    void switchTo(const QString &path, bool create);
    void connectTo(const QString &address, const QString &password);
    std::unique_ptr<OpenDatabase> start(std::unique_ptr<Database> database, QString *error);

    const Clock &m_clock;
    Session m_session;
    std::unique_ptr<OpenDatabase> m_open;
};

} // namespace rd
