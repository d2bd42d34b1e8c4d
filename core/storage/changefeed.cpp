#include "changefeed.h"

#include "database.h"
#include "sqlite/sqlitechangefeed.h"

namespace rd {

ChangeFeed::~ChangeFeed() = default;

std::unique_ptr<ChangeFeed> ChangeFeed::open(Database &database, int pollIntervalMs)
{
    switch (database.spec().engine) {
    case ConnectionSpec::Engine::Sqlite:
        return std::make_unique<SqliteChangeFeed>(database, pollIntervalMs);
    }
    return nullptr;
}

} // namespace rd
