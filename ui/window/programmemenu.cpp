#include "programmemenu.h"

#include "businessprofileswindow.h"
#include "findpartnerwindow.h"
#include "outboxwindow.h"
#include "profileadvicewindow.h"

#include <QAction>
#include <QEvent>

namespace rd {

namespace {

// Made once, brought forward when asked again; it goes when it is closed.
template<typename Window, typename Make>
void showOnce(QPointer<Window> &window, Make make)
{
    if (!window) {
        window = make();
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

ProgrammeMenu::ProgrammeMenu(const Workspace &workspace, QWidget *window)
    : QMenu(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_businessProfiles(new QAction(this))
    , m_findPartner(new QAction(this))
    , m_outbox(new QAction(this))
    , m_profileAdvice(new QAction(this))
{
    setObjectName(QStringLiteral("programmeMenu"));
    m_businessProfiles->setObjectName(QStringLiteral("action_businessProfiles"));
    m_findPartner->setObjectName(QStringLiteral("action_findPartner"));
    m_outbox->setObjectName(QStringLiteral("action_outbox"));
    m_profileAdvice->setObjectName(QStringLiteral("action_profileAdvice"));
    addAction(m_businessProfiles);
    addAction(m_profileAdvice);
    addAction(m_findPartner);
    addSeparator();
    addAction(m_outbox);
    connect(m_businessProfiles, &QAction::triggered, this, &ProgrammeMenu::showBusinessProfiles);
    connect(m_findPartner, &QAction::triggered, this, &ProgrammeMenu::showFindPartner);
    connect(m_outbox, &QAction::triggered, this, &ProgrammeMenu::showOutbox);
    connect(m_profileAdvice, &QAction::triggered, this, &ProgrammeMenu::showProfileAdvice);
    retranslateUi();
}

BusinessProfilesWindow *ProgrammeMenu::businessProfilesWindow() const
{
    return m_profilesWindow;
}

FindPartnerWindow *ProgrammeMenu::findPartnerWindow() const
{
    return m_findPartnerWindow;
}

OutboxWindow *ProgrammeMenu::outboxWindow() const
{
    return m_outboxWindow;
}

ProfileAdviceWindow *ProgrammeMenu::profileAdviceWindow() const
{
    return m_profileAdviceWindow;
}

void ProgrammeMenu::showProfileAdvice()
{
    showOnce(m_profileAdviceWindow, [this] { return new ProfileAdviceWindow(m_workspace, m_window); });
}

void ProgrammeMenu::showBusinessProfiles()
{
    showOnce(m_profilesWindow, [this] { return new BusinessProfilesWindow(m_workspace.database, m_window); });
}

void ProgrammeMenu::showFindPartner()
{
    showOnce(m_findPartnerWindow, [this] { return new FindPartnerWindow(m_workspace, m_window); });
}

void ProgrammeMenu::showOutbox()
{
    showOnce(m_outboxWindow, [this] { return new OutboxWindow(m_workspace, m_window); });
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
    m_findPartner->setText(tr("&Find a partner…"));
    m_profileAdvice->setText(tr("Profile &advice…"));
    m_outbox->setText(tr("&Outbox…"));
}

} // namespace rd
