#include "changefeed.h"

#include "database.h"
#include "postgresql/postgresqlchangefeed.h"
#include "sqlite/sqlitechangefeed.h"

namespace rd {

ChangeFeed::~ChangeFeed() = default;

std::unique_ptr<ChangeFeed> ChangeFeed::open(Database &database, int pollIntervalMs)
{
    switch (database.spec().engine) {
    case ConnectionSpec::Engine::Sqlite:
        return std::make_unique<SqliteChangeFeed>(database, pollIntervalMs);
    case ConnectionSpec::Engine::Postgresql:
        return std::make_unique<PostgresqlChangeFeed>(database, pollIntervalMs);
    }
    return nullptr;
}

} // namespace rd
