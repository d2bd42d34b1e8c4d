#pragma once

#include <QString>

// The database the desktop app and the command line share unless told otherwise.
QString defaultDatabasePath();
