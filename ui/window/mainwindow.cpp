#include "mainwindow.h"

#include "archivedfilterbar.h"
#include "claimcontroller.h"
#include "clock.h"
#include "database.h"
#include "databaseactions.h"
#include "changefeed.h"
#include "connectionindicator.h"
#include "deadlinealerts.h"
#include "desktopnotifier.h"
#include "deadlinechecker.h"
#include "displaytext.h"
#include "departurenotice.h"
#include "setasidereport.h"
#include "detailpane.h"
#include "importcontroller.h"
#include "noticebar.h"
#include "referraltabpage.h"
#include "tabtitles.h"
#include "triageactions.h"
#include "triagecontroller.h"
#include "emptystate.h"
#include "estimatecontroller.h"
#include "helpmenu.h"
#include "language.h"
#include "languagemenu.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rd {


MainWindow::MainWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_database(workspace.database)
    , m_store(workspace.store)
    , m_clock(workspace.clock)
    , m_checker(workspace.checker)
    , m_changes(workspace.changes)
    , m_user(workspace.database.session().actor)
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new DetailPane(m_store, m_clock, this))
    , m_notices(new NoticeBar(m_clock, this))
    , m_search(new QLineEdit(this))
    , m_triage(new TriageController(m_store, m_clock, m_user, *m_notices, this))
    , m_estimates(new EstimateController(m_store, m_clock, m_user, *m_notices, this))
    , m_claims(new ClaimController(m_store, m_clock, m_user, *m_notices, this))
    , m_setAsideReport(new SetAsideReport(*m_notices, this))
    , m_import(new ImportController(workspace.database.spec(), m_clock, this))
    , m_alerts(new DeadlineAlerts(m_store, m_clock, this))
    , m_notifier(new DesktopNotifier(this))
    , m_triageActions(new TriageActions(this))
    , m_databaseActions(new DatabaseActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    for (Tab tab : allTabs()) {
        auto *page = new ReferralTabPage(m_store, m_clock, tab, this);
        m_pages.append(page);
        m_tabs->addTab(page, QString());
        connect(page, &ReferralTabPage::currentChanged, this, [this, page](const QString &id) {
            if (page == currentPage())
                showCurrent(id);
        });
        connect(page, &ReferralTabPage::narrowed, this, &MainWindow::updateTabTitles);
        // A short search counts further as the rep scrolls (ReferralTableModel::fetchMore).
        connect(page->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabTitles);
        connect(page, &ReferralTabPage::currentLeft, this, [this, page](const Referral &before) {
            if (page == currentPage())
                m_notices->showMessage(departureNotice(before, m_store.find(before.id)));
        });
    }
    m_tabs->setObjectName(QStringLiteral("tabs"));

    auto *workArea = new QWidget(this);
    auto *layout = new QVBoxLayout(workArea);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_notices);
    layout->addWidget(m_tabs);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(workArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *empty = new EmptyState(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);

    createActions();
    createMenus();
    createToolBar();

    connect(empty, &EmptyState::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(empty, &EmptyState::samplesRequested, this, &MainWindow::loadSamples);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        applySearch();
        showCurrent(currentPage()->currentId());
    });
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(&m_store, &ReferralStore::referralsChanged, this, &MainWindow::reloadAll);
    new ConnectionIndicator(m_changes, statusBar());
    connect(&m_changes, &ChangeFeed::changedElsewhere, this, [this] {
        const int before = m_counts.value(Tab::New);
        reloadAll();
        rescheduleDeadlines();
        m_alerts->announceNew(m_counts.value(Tab::New) - before);
    });
    // The checker may live on a thread of its own with its own connection (as in the app):
    // it hears of this window's decisions through here, and the window reloads on its news.
    connect(&m_store, &ReferralStore::referralsChanged, this, &MainWindow::rescheduleDeadlines);
    connect(&m_checker, &DeadlineChecker::archived, this, &MainWindow::onArchived);
    connect(&m_checker, &DeadlineChecker::failed, this, [this](const QString &message) {
        m_notices->showMessage(message, NoticeBar::Kind::Error);
    });
    connect(m_triage, &TriageController::aboutToDecide, this, [this] { currentPage()->setAdvanceOnRemoval(true); });
    connect(m_triage, &TriageController::decided, this, [this](const QString &id) {
        currentPage()->setAdvanceOnRemoval(false);
        if (currentPage()->currentId().isEmpty())
            m_detail->showReferral(id);
        updateActions();
    });
    connect(m_triage, &TriageController::undoAvailabilityChanged, this, &MainWindow::updateActions);
    connect(m_triage, &TriageController::foundChanged, this, [this](const QString &id) {
        reloadAll();
        m_detail->showReferral(id);
    });
    connect(m_triage, &TriageController::undone, this, &MainWindow::selectReferral);
    connect(m_estimates, &EstimateController::requested, this, [this] { m_estimates->start(currentPage()->currentId()); });
    connect(m_detail, &DetailPane::estimateUpdateRequested, m_estimates, &EstimateController::start);
    connect(m_claims, &ClaimController::requested, this, [this](ClaimRequest::Change change) {
        if (const std::optional<Referral> referral = currentPage()->currentReferral())
            m_claims->start(change, *referral);
    });
    connect(m_claims, &ClaimController::foundChanged, this, [this](const QString &id) {
        reloadAll();
        m_detail->showReferral(id);
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_alerts, &DeadlineAlerts::alert, this, &MainWindow::alert);
    connect(m_detail, &DetailPane::copied, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Copied %1").arg(text), 3000);
    });
    connect(&m_minute, &QTimer::timeout, this, &MainWindow::tick);
    m_minute.start(60 * 1000);

    retranslateUi();
    restoreSettings();
    reloadAll();
    m_alerts->check();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::languageAction(const QString &language) const
{
    return m_languageMenu->action(language);
}

QAction *MainWindow::triageAction(Action action) const
{
    return m_triageActions->action(action);
}

ReferralTabPage *MainWindow::page(Tab tab) const
{
    return m_pages.at(int(tab));
}

ReferralTabPage *MainWindow::currentPage() const
{
    return m_pages.at(qMax(0, m_tabs->currentIndex()));
}

const ConnectionSpec &MainWindow::connection() const
{
    return m_database.spec();
}

bool MainWindow::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void MainWindow::createActions()
{
    connect(m_triageActions, &TriageActions::triggered, this, &MainWindow::startTriage);
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("action_undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_triage, &TriageController::undo);
    m_next = new QAction(this);
    m_next->setShortcut(QKeySequence(Qt::Key_J));
    connect(m_next, &QAction::triggered, this, [this] { currentPage()->moveSelection(1); });
    m_previous = new QAction(this);
    m_previous->setShortcut(QKeySequence(Qt::Key_K));
    connect(m_previous, &QAction::triggered, this, [this] { currentPage()->moveSelection(-1); });
    for (QAction *action : {m_undo, m_next, m_previous})
        addAction(action);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    m_samplesAction = new QAction(this);
    m_samplesAction->setObjectName(QStringLiteral("loadSamplesAction"));
    connect(m_samplesAction, &QAction::triggered, this, &MainWindow::loadSamples);
    m_removeSamplesAction = new QAction(this);
    m_removeSamplesAction->setObjectName(QStringLiteral("removeSamplesAction"));
    connect(m_removeSamplesAction, &QAction::triggered, this, &MainWindow::askToRemoveSamples);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_reloadAction = new QAction(this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadAll);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("%1 — Referral Desk").arg(m_database.spec().shortName()));
    m_databaseActions->retranslate();
    m_triageActions->retranslate();
    m_estimates->retranslate();
    m_claims->retranslate();
    m_undo->setText(tr("&Undo"));
    m_next->setText(tr("Next referral"));
    m_previous->setText(tr("Previous referral"));
    m_importAction->setText(tr("&Import referrals…"));
    m_samplesAction->setText(tr("Load &sample referrals"));
    m_removeSamplesAction->setText(tr("&Remove sample referrals…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_reloadAction->setText(tr("&Reload"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_referralMenu->setTitle(tr("&Referral"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolBar->setWindowTitle(tr("Triage"));
    m_search->setPlaceholderText(tr("Search this tab (Ctrl+F)"));
    m_notifier->setToolTip(tr("Referral Desk"));
    statusBar()->showMessage(tr("%1 · %2").arg(m_user, m_database.spec().displayLocation()));
    updateTabTitles();
    for (ReferralTabPage *page : std::as_const(m_pages))
        page->model()->retranslate();
    m_detail->refresh();
}

void MainWindow::switchLanguage(const QString &language)
{
    applyLanguage(language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
    // Notices were written in the old language; what they said is in the history and the pane.
    if (!m_notices->canUndo())
        m_notices->dismiss();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // A disabled Undo lets Ctrl+Z through as a plain key: say why nothing happened.
    if (event->matches(QKeySequence::Undo) && !m_undo->isEnabled()) {
        m_triage->undo();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    m_triageActions->enableFor(currentPage()->currentReferral());
    m_estimates->enableFor(currentPage()->currentReferral());
    m_claims->enableFor(currentPage()->currentReferral());
    m_undo->setEnabled(m_triage->canUndo());
}

void MainWindow::updateTabTitles()
{
    for (ReferralTabPage *page : std::as_const(m_pages)) {
        const ReferralTableModel *model = page->model();
        std::optional<int> matching;
        if (model->isNarrowed())
            matching = model->rowCount(); // the model counted its search and filters
        m_tabs->setTabText(int(page->tab()), tabTitle(page->tab(), m_counts.value(page->tab()), matching, model->isCountPartial()));
    }
}

void MainWindow::showCurrent(const QString &id)
{
    if (id.isEmpty())
        m_detail->clear();
    else
        m_detail->showReferral(id);
    updateActions();
}

void MainWindow::selectReferral(const QString &id)
{
    const std::optional<Referral> referral = m_store.find(id);
    if (!referral)
        return;
    m_tabs->setCurrentIndex(int(tabOf(referral->status)));
    currentPage()->selectId(id);
}

void MainWindow::startTriage(Action action)
{
    const std::optional<Referral> referral = currentPage()->currentReferral();
    if (!referral || !nextStatus(referral->status, action))
        return;
    m_triage->start(action, *referral);
}

void MainWindow::reloadAll()
{
    m_counts = m_store.countsByTab();
    // When those could not be read, each table counts itself below and says why.
    const bool counted = m_store.lastError().isEmpty();
    int total = 0;
    for (int count : std::as_const(m_counts))
        total += count;
    m_stack->setCurrentIndex(total == 0 ? 0 : 1);
    // Samples only on an empty database, so that made-up referrals never mix with real ones
    // unnoticed; once there, they can be taken away together.
    m_samplesAction->setEnabled(total == 0);
    m_removeSamplesAction->setEnabled(m_store.sampleCount() > 0);
    // A whole tab's count is the one just read for all tabs at once; a search's or filter's is
    // the model's own. The titles follow what the models counted.
    for (ReferralTabPage *page : std::as_const(m_pages)) {
        if (counted)
            page->model()->reload(m_counts.value(page->tab()));
        else
            page->model()->reload();
    }
    updateTabTitles();
    if (const QString error = currentPage()->model()->lastError(); !error.isEmpty())
        m_notices->showMessage(error, NoticeBar::Kind::Error);
    m_detail->refresh();
    updateActions();
}

void MainWindow::tick()
{
    for (ReferralTabPage *page : std::as_const(m_pages))
        page->model()->tick();
    m_detail->refresh();
    m_alerts->check();
}

void MainWindow::applySearch()
{
    currentPage()->setSearch(m_search->text());
}

void MainWindow::rescheduleDeadlines()
{
    QMetaObject::invokeMethod(&m_checker, &DeadlineChecker::reschedule, Qt::QueuedConnection);
}

void MainWindow::alert(const QString &title, const QString &message)
{
    m_notifier->notify(title, message);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 10000);
    emit alerted(title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace rd
