#include "databaseactions.h"

#include "recentdatabases.h"
#include "serverconnectiondialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace rd {

DatabaseActions::DatabaseActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_new(new QAction(window))
    , m_open(new QAction(window))
    , m_connect(new QAction(window))
    , m_recent(new QMenu(window))
{
    m_new->setObjectName(QStringLiteral("action_newDatabase"));
    m_new->setShortcut(QKeySequence::New);
    m_open->setObjectName(QStringLiteral("action_openDatabase"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connect->setObjectName(QStringLiteral("action_connectToServer"));
    m_recent->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_new, &QAction::triggered, this, [this] { chooseFile(true); });
    connect(m_open, &QAction::triggered, this, [this] { chooseFile(false); });
    connect(m_connect, &QAction::triggered, this, &DatabaseActions::chooseServer);
    connect(m_recent, &QMenu::aboutToShow, this, &DatabaseActions::fillRecent);
    retranslate();
}

void DatabaseActions::retranslate()
{
    m_new->setText(tr("&New database…"));
    m_open->setText(tr("&Open database…"));
    m_connect->setText(tr("Connect to team &server…"));
    m_recent->setTitle(tr("Open &recent"));
    fillRecent();
}

void DatabaseActions::fillRecent()
{
    m_recent->clear();
    const QStringList paths = RecentDatabases::list();
    for (const QString &path : paths) {
        QAction *action = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit databaseChosen(path, false); });
    }
    if (paths.isEmpty())
        m_recent->addAction(tr("No recent databases"))->setEnabled(false);
}

void DatabaseActions::chooseFile(bool create)
{
    // Not blocking, so that the window keeps ticking and tests can answer it.
    auto *dialog = new QFileDialog(m_window, create ? tr("New database") : tr("Open database"));
    dialog->setObjectName(create ? QStringLiteral("newDatabaseDialog") : QStringLiteral("openDatabaseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("Referral Desk databases (*.sqlite)"), tr("All files (*)")});
    for (const QString &recent : RecentDatabases::list()) {
        if (QFileInfo::exists(recent)) {
            dialog->setDirectory(QFileInfo(recent).absolutePath());
            break;
        }
    }
    if (create) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(QStringLiteral("sqlite"));
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, create](const QString &path) { emit databaseChosen(path, create); });
    dialog->open();
}

void DatabaseActions::chooseServer()
{
    auto *dialog = new ServerConnectionDialog(RecentDatabases::lastServer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit serverChosen(dialog->address(), dialog->password()); });
    dialog->open();
}

} // namespace rd
