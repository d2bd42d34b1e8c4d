#pragma once

#include "connectionspec.h"

#include <QString>

namespace rd {

struct DatabaseError;

// What only an SQLite file needs before it is opened: a path that is not a folder, a file that
// exists or may be made, and a new file (with its folders) readable by its owner alone.
// Returns false with *error set when the file must not be opened.
bool prepareSqliteFile(const QString &absolutePath, OpenMode mode, DatabaseError *error);

} // namespace rd
