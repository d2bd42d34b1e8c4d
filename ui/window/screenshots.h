#pragma once

#include <QString>

namespace rd {

class MainWindow;

// Saves a picture of each tab of a real window (for the README), selecting the first referral
// of each so that the detail pane shows something.
bool saveScreenshots(MainWindow &window, const QString &directory);

} // namespace rd
