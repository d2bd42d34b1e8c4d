#pragma once

#include "workspace.h"

#include <QMenu>
#include <QPointer>

class QAction;

namespace rd {

class BusinessProfilesWindow;
class FindPartnerWindow;
class OutboxWindow;
class ProfileAdviceWindow;

// Programme: what the window offers about the partner programme itself, beside the referrals:
// the business profiles, the advice on them, Find a partner and the outbox. Each entry opens a window of its own
// over the main one, one at a time.
class ProgrammeMenu : public QMenu
{
    Q_OBJECT
public:
    ProgrammeMenu(const Workspace &workspace, QWidget *window);

    QAction *businessProfilesAction() const { return m_businessProfiles; }
    QAction *findPartnerAction() const { return m_findPartner; }
    QAction *outboxAction() const { return m_outbox; }
    QAction *profileAdviceAction() const { return m_profileAdvice; }
    // Each window while it is open.
    BusinessProfilesWindow *businessProfilesWindow() const;
    FindPartnerWindow *findPartnerWindow() const;
    OutboxWindow *outboxWindow() const;
    ProfileAdviceWindow *profileAdviceWindow() const;

public slots:
    void showBusinessProfiles();
    void showFindPartner();
    void showOutbox();
    void showProfileAdvice();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Workspace m_workspace;
    QWidget *m_window;
    QAction *m_businessProfiles;
    QAction *m_findPartner;
    QAction *m_outbox;
    QAction *m_profileAdvice;
    QPointer<BusinessProfilesWindow> m_profilesWindow;
    QPointer<FindPartnerWindow> m_findPartnerWindow;
    QPointer<OutboxWindow> m_outboxWindow;
    QPointer<ProfileAdviceWindow> m_profileAdviceWindow;
};

} // namespace rd
