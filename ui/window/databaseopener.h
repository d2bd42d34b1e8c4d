#pragma once

#include "database.h"

#include <memory>

class QWidget;

namespace rd {

// What to do when there is no file at the path: create one (the default database on a first
// start), or ask first (a path someone typed, which may be mistyped).
enum class MissingDatabase { Create, Ask };

// Opens the database for the window; when that fails (locked, read-only, damaged, from a newer
// version, a server away or refusing) it says so in a dialog that names the file or server and
// lets the user try again, open another (or change the server's address or password) or quit.
std::unique_ptr<Database> openDatabaseInteractively(ConnectionSpec spec, QWidget *parent = nullptr,
                                                    MissingDatabase missing = MissingDatabase::Create);

} // namespace rd
