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
// never leave a new file behind. A PostgreSQL database is made by its administrator, never here.
enum class OpenMode { CreateIfMissing, MustExist };

// Which database engine and where, plus who connects: one value that any layer hands to
// Database::open() for another connection like this one (a worker thread, the deadline
// checker), without knowing what the engine is.
struct ConnectionSpec
{
    enum class Engine { Sqlite, Postgresql };

    Engine engine = Engine::Sqlite;
    // SQLite: the database file, absolute. PostgreSQL: the connection URI or key=value string
    // as given (libpq reads it; it may hold a password, so show displayLocation() instead).
    QString location;
    Session session;
    // A password typed for a server that asks for one: held in memory for this session's
    // connections only, never shown or remembered (libpq also reads ~/.pgpass).
    QString password;

    static ConnectionSpec sqliteFile(const QString &path, const Session &session = {});
    static ConnectionSpec postgresql(const QString &uri, const Session &session = {});
    // What someone gave as --db or chose in File > Open: a postgresql:// or postgres:// URI
    // names a server, anything else a file path (an empty text stays empty, for the caller to
    // refuse).
    static ConnectionSpec fromUserText(const QString &text, const Session &session = {});
    static bool namesServer(const QString &text);
    // Why `text` is not a server address, in the user's words; empty when it is one.
    static QString serverAddressProblem(const QString &text);

    // For people: the file or database name in a title bar; the whole location, never a
    // password, in a status bar or an error.
    QString shortName() const;
    QString displayLocation() const;
    // What names this database whatever the way to it, for what is remembered per database:
    // for SQLite the file with its links resolved; for PostgreSQL server, port and database.
    QString identity() const;
    // The same database, whoever is connected to it.
    bool sameDatabase(const ConnectionSpec &other) const;

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace rd
