// The window's menus and its toolbar: where each action is offered.
#include "mainwindow.h"

#include "archivedfilterbar.h"
#include "claimcontroller.h"
#include "databaseactions.h"
#include "estimatecontroller.h"
#include "helpmenu.h"
#include "languagemenu.h"
#include "programmemenu.h"
#include "referraltabpage.h"
#include "reviewfilterbar.h"
#include "reviewmenu.h"
#include "reviewwindow.h"
#include "triageactions.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace rd {

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_databaseActions->newAction());
    m_fileMenu->addAction(m_databaseActions->openAction());
    m_fileMenu->addAction(m_databaseActions->connectAction());
    m_fileMenu->addMenu(m_databaseActions->recentMenu());
    connect(m_databaseActions, &DatabaseActions::databaseChosen, this, &MainWindow::databaseRequested);
    connect(m_databaseActions, &DatabaseActions::serverChosen, this, &MainWindow::serverRequested);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_samplesAction);
    m_fileMenu->addAction(m_removeSamplesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_findAction);

    m_referralMenu = menuBar()->addMenu(QString());
    m_referralMenu->addActions(m_triageActions->all());
    m_referralMenu->addAction(m_estimates->action());
    m_referralMenu->addSeparator();
    m_referralMenu->addActions(m_claims->all());
    m_referralMenu->addSeparator();
    m_referralMenu->addAction(m_next);
    m_referralMenu->addAction(m_previous);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_reloadAction);
    m_languageMenu = new LanguageMenu(this);
    m_viewMenu->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::switchLanguage);

    // The manager's side: the archive under filters, with totals and exports, and the dashboard;
    // the Programme menu stays last before Help.
    m_reviewMenu = new ReviewMenu(Workspace{m_database, m_store, m_changes, m_checker, m_clock}, this);
    menuBar()->addMenu(m_reviewMenu);
    connect(page(Tab::Archived)->filterBar(), &ArchivedFilterBar::reviewRequested, this, [this] {
        const ArchivedFilterBar *tab = page(Tab::Archived)->filterBar();
        m_reviewMenu->showReview();
        ReviewFilterBar *filters = m_reviewMenu->reviewWindow()->filterBar();
        filters->setOutcomes(tab->outcomes());
        if (tab->closedFrom().isValid())
            filters->setClosedRange(tab->closedFrom().toLocalTime().date(), tab->closedUntil().toLocalTime().date());
        else
            filters->clearClosedRange();
    });

    // It says its own words again when the language changes, as Help does.
    m_programmeMenu = new ProgrammeMenu(Workspace{m_database, m_store, m_changes, m_checker, m_clock}, this);
    menuBar()->addMenu(m_programmeMenu);

    // Every key of every menu, in the menus' order.
    m_helpMenu = new HelpMenu([this] {
        QList<QAction *> actions;
        for (QAction *entry : menuBar()->actions()) {
            if (QMenu *menu = entry->menu())
                actions += menu->actions();
        }
        return actions;
    }, this);
    menuBar()->addMenu(m_helpMenu);

    for (ReferralTabPage *page : std::as_const(m_pages)) {
        page->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        page->view()->addActions(m_triageActions->all());
        page->view()->addAction(m_estimates->action());
        page->view()->addActions(m_claims->all());
    }
}

QMenu *MainWindow::programmeMenu() const
{
    return m_programmeMenu;
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("triageToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addActions(m_triageActions->all());
    m_toolBar->addAction(m_estimates->action());
    m_toolBar->addAction(m_claims->action(ClaimRequest::Change::Claim));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_search);
}

} // namespace rd
