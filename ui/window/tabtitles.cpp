#include "tabtitles.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

// The window's context: these strings were the window's before they moved here.
QString tabTitle(Tab tab, int total, std::optional<int> matching, bool atLeast)
{
    const QLocale locale;
    const QString all = locale.toString(total);
    if (matching && atLeast) {
        // A short search counted part of the way (ReferralTableModel::isCountPartial()).
        const QString shown = locale.toString(*matching);
        switch (tab) {
        case Tab::New:
            return QCoreApplication::translate("rd::MainWindow", "New (%1 or more of %2)").arg(shown, all);
        case Tab::Evaluating:
            return QCoreApplication::translate("rd::MainWindow", "Evaluating (%1 or more of %2)").arg(shown, all);
        case Tab::Negotiating:
            return QCoreApplication::translate("rd::MainWindow", "Negotiating (%1 or more of %2)").arg(shown, all);
        case Tab::Archived:
            return QCoreApplication::translate("rd::MainWindow", "Archived (%1 or more of %2)").arg(shown, all);
        }
    }
    if (matching) {
        const QString shown = locale.toString(*matching);
        switch (tab) {
        case Tab::New:
            return QCoreApplication::translate("rd::MainWindow", "New (%1 of %2)").arg(shown, all);
        case Tab::Evaluating:
            return QCoreApplication::translate("rd::MainWindow", "Evaluating (%1 of %2)").arg(shown, all);
        case Tab::Negotiating:
            return QCoreApplication::translate("rd::MainWindow", "Negotiating (%1 of %2)").arg(shown, all);
        case Tab::Archived:
            return QCoreApplication::translate("rd::MainWindow", "Archived (%1 of %2)").arg(shown, all);
        }
    }
    switch (tab) {
    case Tab::New:
        return QCoreApplication::translate("rd::MainWindow", "New (%1)").arg(all);
    case Tab::Evaluating:
        return QCoreApplication::translate("rd::MainWindow", "Evaluating (%1)").arg(all);
    case Tab::Negotiating:
        return QCoreApplication::translate("rd::MainWindow", "Negotiating (%1)").arg(all);
    case Tab::Archived:
        return QCoreApplication::translate("rd::MainWindow", "Archived (%1)").arg(all);
    }
    return {};
}

} // namespace rd
