#pragma once

#include <QList>
#include <QStringList>

namespace rd {

// Numbered schema migrations in portable SQL (see SqlDialect::ddl for the placeholders).
// A migration, once released, never changes: add a new one instead.
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace rd
