#pragma once

#include <QString>

namespace rd {

// The database the desktop app and the command line share unless told otherwise.
QString defaultDatabasePath();

} // namespace rd
