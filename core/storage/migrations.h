#pragma once

#include <QList>
#include <QStringList>

namespace rd {

class Database;

// Numbered schema migrations in portable SQL (see SqlDialect::ddl for the placeholders).
// A migration, once released, never changes: add a new one instead.
struct Migration
{
    int version;
    QStringList statements;
    // Fills what the statements made from the rows already stored, where SQL alone cannot (in
    // the migration's transaction); false with *error when it failed.
    bool (*backfill)(Database &database, QString *error) = nullptr;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace rd
