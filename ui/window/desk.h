#pragma once

#include "databaseopener.h"

#include <QObject>
#include <memory>

namespace rd {

class Clock;
class MainWindow;

// The desktop application: one database open at a time, with its store, its deadline checker
// on a thread of its own and its window. File > Open, New and Open recent replace them; when
// the other database can't be opened, the one in use stays.
class Desk : public QObject
{
    Q_OBJECT
public:
    Desk(const Clock &clock, const QString &user, QObject *parent = nullptr);
    ~Desk() override;

    // Opens `path` and shows its window; false when the user gave up.
    bool open(const QString &path, MissingDatabase missing = MissingDatabase::Create);
    MainWindow *window() const;

private:
    class Session;
    void switchTo(const QString &path, bool create);
    std::unique_ptr<Session> start(std::unique_ptr<Database> database, QString *error);

    const Clock &m_clock;
    QString m_user;
    std::unique_ptr<Session> m_session;
};

} // namespace rd
