#pragma once

#include "workspace.h"

#include <QMenu>
#include <QPointer>

class QAction;

namespace rd {

class DashboardWindow;
class ReviewWindow;

// Review: the manager's side of the window, the archive under filters and the dashboard, each
// a window of its own over the main one, one at a time.
class ReviewMenu : public QMenu
{
    Q_OBJECT
public:
    ReviewMenu(const Workspace &workspace, QWidget *window);

    QAction *reviewAction() const { return m_review; }
    QAction *dashboardAction() const { return m_dashboard; }
    // Each window while it is open.
    ReviewWindow *reviewWindow() const;
    DashboardWindow *dashboardWindow() const;

public slots:
    void showReview();
    void showDashboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Workspace m_workspace;
    QWidget *m_window;
    QAction *m_review;
    QAction *m_dashboard;
    QPointer<ReviewWindow> m_reviewWindow;
    QPointer<DashboardWindow> m_dashboardWindow;
};

} // namespace rd
