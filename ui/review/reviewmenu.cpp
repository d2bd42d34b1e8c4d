#include "reviewmenu.h"

#include "dashboardwindow.h"
#include "reviewwindow.h"

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

ReviewMenu::ReviewMenu(const Workspace &workspace, QWidget *window)
    : QMenu(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_review(new QAction(this))
    , m_dashboard(new QAction(this))
{
    setObjectName(QStringLiteral("reviewMenu"));
    m_review->setObjectName(QStringLiteral("action_review"));
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dashboard->setObjectName(QStringLiteral("action_dashboard"));
    m_dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addAction(m_review);
    addAction(m_dashboard);
    connect(m_review, &QAction::triggered, this, &ReviewMenu::showReview);
    connect(m_dashboard, &QAction::triggered, this, &ReviewMenu::showDashboard);
    retranslateUi();
}

ReviewWindow *ReviewMenu::reviewWindow() const
{
    return m_reviewWindow;
}

DashboardWindow *ReviewMenu::dashboardWindow() const
{
    return m_dashboardWindow;
}

void ReviewMenu::showReview()
{
    showOnce(m_reviewWindow, [this] { return new ReviewWindow(m_workspace, m_window); });
}

void ReviewMenu::showDashboard()
{
    showOnce(m_dashboardWindow, [this] { return new DashboardWindow(m_workspace, m_window); });
}

void ReviewMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void ReviewMenu::retranslateUi()
{
    setTitle(tr("Re&view"));
    m_review->setText(tr("&Review archived referrals…"));
    m_dashboard->setText(tr("&Dashboard…"));
}

} // namespace rd
