#include "helpmenu.h"

#include "shortcutsdialog.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPointer>

namespace rd {

HelpMenu::HelpMenu(std::function<QList<QAction *>()> shortcutActions, QWidget *window)
    : QMenu(window)
    , m_shortcutActions(std::move(shortcutActions))
    , m_window(window)
    , m_shortcuts(new QAction(this))
    , m_about(new QAction(this))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts->setObjectName(QStringLiteral("action_shortcuts"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about->setObjectName(QStringLiteral("action_about"));
    m_about->setMenuRole(QAction::AboutRole);
    addAction(m_shortcuts);
    addSeparator();
    addAction(m_about);
    // The window's own, so that F1 works wherever the focus is in it.
    window->addAction(m_shortcuts);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    retranslateUi();
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Referral Desk"));
}

void HelpMenu::showShortcuts()
{
    if (auto *open = m_window->findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(m_shortcutActions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Referral Desk"), QString(), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setText(tr("<h3>Referral Desk %1</h3>"
                    "<p>Triage partner referrals from Partner Center within their deadlines.</p>")
                     .arg(QStringLiteral(REFERRAL_DESK_VERSION)));
    box->setInformativeText(tr("<p>Built with Qt %1, running on Qt %2.</p>"
                               "<p>Licence: proprietary, all rights reserved. "
                               "Qt is used under the GNU Lesser General Public License, version 3.</p>")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->open();
}

} // namespace rd
