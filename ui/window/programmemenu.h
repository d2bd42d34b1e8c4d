#pragma once

#include <QMenu>
#include <QPointer>

class QAction;

namespace rd {

class BusinessProfilesWindow;
class Database;

// Programme: what the window offers about the partner programme itself, beside the referrals
// (the business profiles, for now). Each entry opens a window of its own, one at a time.
class ProgrammeMenu : public QMenu
{
    Q_OBJECT
public:
    ProgrammeMenu(Database &database, QWidget *window);

    QAction *businessProfilesAction() const { return m_businessProfiles; }
    // The Business profiles window while it is open.
    BusinessProfilesWindow *businessProfilesWindow() const;

public slots:
    void showBusinessProfiles();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_database;
    QWidget *m_window;
    QAction *m_businessProfiles;
    QPointer<BusinessProfilesWindow> m_profilesWindow;
};

} // namespace rd
