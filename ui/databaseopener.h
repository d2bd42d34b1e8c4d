#pragma once

#include "database.h"

#include <memory>

class QWidget;

// Opens the database for the window; when that fails (locked, read-only, damaged, from a newer
// version) it says so in a dialog that names the file and lets the user open another or quit.
std::unique_ptr<Database> openDatabaseInteractively(QString path, QWidget *parent = nullptr);
