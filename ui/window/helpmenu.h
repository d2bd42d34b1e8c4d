#pragma once

#include <QMenu>
#include <functional>

class QAction;

namespace rd {

// Help: the keyboard shortcuts of the window's actions, and About (version, Qt, licence).
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    // `shortcutActions` lists, when asked, the actions whose keys the shortcuts list shows.
    HelpMenu(std::function<QList<QAction *>()> shortcutActions, QWidget *window);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showShortcuts();
    void showAbout();

    std::function<QList<QAction *>()> m_shortcutActions;
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace rd
