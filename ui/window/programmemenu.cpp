#include "programmemenu.h"

#include "businessprofileswindow.h"

#include <QAction>
#include <QEvent>

namespace rd {

ProgrammeMenu::ProgrammeMenu(Database &database, QWidget *window)
    : QMenu(window)
    , m_database(database)
    , m_window(window)
    , m_businessProfiles(new QAction(this))
{
    setObjectName(QStringLiteral("programmeMenu"));
    m_businessProfiles->setObjectName(QStringLiteral("action_businessProfiles"));
    addAction(m_businessProfiles);
    connect(m_businessProfiles, &QAction::triggered, this, &ProgrammeMenu::showBusinessProfiles);
    retranslateUi();
}

BusinessProfilesWindow *ProgrammeMenu::businessProfilesWindow() const
{
    return m_profilesWindow;
}

void ProgrammeMenu::showBusinessProfiles()
{
    if (!m_profilesWindow) {
        m_profilesWindow = new BusinessProfilesWindow(m_database, m_window);
        m_profilesWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profilesWindow->show();
    m_profilesWindow->raise();
    m_profilesWindow->activateWindow();
}

void ProgrammeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void ProgrammeMenu::retranslateUi()
{
    setTitle(tr("&Programme"));
    m_businessProfiles->setText(tr("&Business profiles…"));
}

} // namespace rd
