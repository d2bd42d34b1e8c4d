#pragma once

#include <QObject>
#include <memory>

namespace rd {

class Database;

// Tells when other connections have committed changes (the command line, a second window, an
// import on another thread, the deadline checker), so that views reload. How it learns depends
// on the engine: SQLite is polled cheaply; a server can push.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // A feed for `database`'s engine. Where the engine must be asked, it is asked every
    // `pollIntervalMs`; checkNow() asks at once.
    static std::unique_ptr<ChangeFeed> open(Database &database, int pollIntervalMs = 2000);
    ~ChangeFeed() override;

    // False while a server connection is lost and not yet back (a file is always there).
    virtual bool isConnected() const { return true; }

public slots:
    virtual void checkNow() = 0;

signals:
    void changedElsewhere();
    // The server went away (false) or is back (true, after a changedElsewhere() for what
    // changed meanwhile).
    void connectionChanged(bool connected);

protected:
    ChangeFeed() = default;
};

} // namespace rd
