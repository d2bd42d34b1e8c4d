#include "screenshots.h"

#include "mainwindow.h"
#include "referraltabpage.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>

namespace rd {

bool saveScreenshots(MainWindow &window, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    window.resize(1400, 820);
    bool ok = true;
    for (Tab tab : allTabs()) {
        window.tabs()->setCurrentIndex(int(tab));
        window.page(tab)->selectNearestTo(0);
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(QLocale().name().left(2), tabName(tab)));
        ok = window.grab().save(file) && ok;
    }
    return ok;
}

} // namespace rd
