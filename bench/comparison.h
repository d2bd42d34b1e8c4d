#pragma once

#include "operations.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace rd {
class Database;
}

namespace rd::bench {

class RawSqlite;

// The helpers every measured operation shares: opening the sample database as the program
// does, copying it for an operation that changes it, and timing ours beside raw.
std::unique_ptr<Database> openDatabase(const QString &path);
void copyDatabase(const QString &from, const QString &to);
// Runs each statement through the C API, reading every row.
void replay(RawSqlite &raw, const QStringList &statements);
// Runs `read` once to learn the statements it ran on `database`, then ours and the same
// statements raw by turns.
Measured compare(const Setup &setup, Database &database, RawSqlite &raw, const QString &name, const QString &group,
                 const std::function<int()> &read);

} // namespace rd::bench
