#pragma once

#include <QString>

namespace rd {

// Who is connected: the name their decisions are recorded under and, with team mode, the
// organisation whose rows they may see. Every connection opened "like this one" carries it.
struct Session
{
    QString actor;

    bool operator==(const Session &) const = default;
};

// Whether opening may create the database. CreateIfMissing makes a new SQLite file (and its
// folders) readable by the owner only; MustExist is for commands that only read, which must
// never leave a new file behind.
enum class OpenMode { CreateIfMissing, MustExist };

// Which database engine and where, plus who connects: one value that any layer hands to
// Database::open() for another connection like this one (a worker thread, the deadline
// checker), without knowing what the engine is.
struct ConnectionSpec
{
    enum class Engine { Sqlite };

    Engine engine = Engine::Sqlite;
    QString location; // SQLite: the database file, absolute
    Session session;

    static ConnectionSpec sqliteFile(const QString &path, const Session &session = {});
    // What someone gave as --db or chose in File > Open: a file path (an empty text stays
    // empty, for the caller to refuse).
    static ConnectionSpec fromUserText(const QString &text, const Session &session = {});

    // For people: the file name in a title bar; the whole location in a status bar or an error.
    QString shortName() const;
    // What names this database whatever the way to it, for what is remembered per database:
    // for SQLite the file with its links resolved.
    QString identity() const;
    // The same database, whoever is connected to it.
    bool sameDatabase(const ConnectionSpec &other) const;

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace rd
