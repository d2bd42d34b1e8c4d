#include "findpartnerwindow.h"

#include "backgroundconnection.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "displaytext.h"
#include "foundpartnermodel.h"
#include "partnersearchform.h"
#include "profilestore.h"
#include "rfidialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

FindPartnerWindow::FindPartnerWindow(const Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_latest(std::make_shared<std::atomic<int>>(0))
    , m_worker(std::make_unique<BackgroundConnection>(workspace.database.spec(), QStringLiteral("find-partner")))
{
    setObjectName(QStringLiteral("findPartnerWindow"));
    createLayout();

    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Cancel);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kSearchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &FindPartnerWindow::searchNow);
    connect(m_form, &PartnerSearchForm::edited, this, &FindPartnerWindow::scheduleSearch);
    connect(m_form, &PartnerSearchForm::submitted, this, &FindPartnerWindow::searchNow);
    // Profiles and answers changed by another program or window weigh differently now.
    connect(&m_workspace.changes, &ChangeFeed::changedElsewhere, this, [this] {
        if (m_state == State::Found)
            scheduleSearch();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindPartnerWindow::updateSelection);
    connect(m_sendRfi, &QPushButton::clicked, this, &FindPartnerWindow::sendRfi);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    if (parent)
        parent->installEventFilter(this);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("findPartnerWindow/geometry")).toByteArray()))
        resize(1100, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("findPartnerWindow/splitter")).toByteArray());
    m_results->horizontalHeader()->restoreState(settings.value(QStringLiteral("findPartnerWindow/columns")).toByteArray());
    retranslateUi();
    updateSelection();
}

FindPartnerWindow::~FindPartnerWindow() = default;

void FindPartnerWindow::createLayout()
{
    auto *criteria = new QWidget(this);
    m_form = new PartnerSearchForm(criteria);
    m_form->setObjectName(QStringLiteral("searchForm"));
    m_searchState = new QLabel(criteria);
    m_searchState->setObjectName(QStringLiteral("searchState"));
    m_searchState->setWordWrap(true);
    m_searchState->setTextFormat(Qt::PlainText);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addWidget(m_form);
    criteriaLayout->addWidget(m_searchState);

    auto *found = new QWidget(this);
    m_results = new QTableView(found);
    m_results->setObjectName(QStringLiteral("results"));
    m_model = new FoundPartnerModel(m_results);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionsMovable(true);
    m_results->setColumnWidth(FoundPartnerModel::Rank, 48);
    m_results->setColumnWidth(FoundPartnerModel::Profile, 170);
    m_results->setColumnWidth(FoundPartnerModel::Partner, 170);
    for (int column = FoundPartnerModel::Score; column <= FoundPartnerModel::Choosiness; ++column)
        m_results->setColumnWidth(column, 96);
    m_selectionHint = new QLabel(found);
    m_selectionHint->setObjectName(QStringLiteral("selectionHint"));
    m_selectionHint->setTextFormat(Qt::PlainText);
    m_status = new QLabel(found);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendRfi = new QPushButton(found);
    m_sendRfi->setObjectName(QStringLiteral("sendRfiButton"));
    m_close = new QPushButton(found);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectionHint, 1);
    buttons->addWidget(m_sendRfi);
    buttons->addWidget(m_close);
    auto *foundLayout = new QVBoxLayout(found);
    foundLayout->setContentsMargins(0, 0, 0, 0);
    foundLayout->addWidget(m_results, 1);
    foundLayout->addWidget(m_status);
    foundLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("findPartnerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(criteria);
    m_splitter->addWidget(found);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

RfiDialog *FindPartnerWindow::rfiDialog() const
{
    return m_dialog;
}

QString FindPartnerWindow::searchState() const
{
    return m_searchState->text();
}

QString FindPartnerWindow::statusText() const
{
    return m_status->text();
}

void FindPartnerWindow::scheduleSearch()
{
    m_delay.start();
}

void FindPartnerWindow::searchNow()
{
    m_delay.stop();
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (!m_form->problem().isEmpty()) {
        m_state = State::NoSearch;
        m_model->setResults({}, {});
        updateSearchState();
        updateSelection();
        emit searched();
        return;
    }
    m_state = State::Searching;
    updateSearchState();
    const PartnerSearch search = m_form->search();
    const QDateTime now = m_workspace.clock.now();
    ++m_pending;
    m_worker->run(
        [search, now, generation, latest = m_latest](Database *database, const QString &openError) {
            Answer answer;
            answer.generation = generation;
            // Criteria changed again while this waited: its answer would only be thrown away.
            if (latest->load() != generation)
                return answer;
            if (!database) {
                answer.error = openError;
                return answer;
            }
            PartnerFinder finder(*database);
            answer.found = finder.find(search, now, kResultLimit);
            answer.error = finder.lastError();
            ProfileStore profiles(*database);
            for (const PartnerOrganisation &partner : profiles.partners())
                answer.partnerNames.insert(partner.id, partner.name);
            return answer;
        },
        [this, search](Answer answer) {
            --m_pending;
            if (answer.generation == m_generation) {
                m_shownSearch = search;
                showAnswer(answer);
            }
        });
}

void FindPartnerWindow::showAnswer(const Answer &answer)
{
    // The results chosen before stay chosen when they are found again.
    const QStringList chosen = selectedProfileIds();
    m_model->setResults(answer.error.isEmpty() ? answer.found : QList<FoundPartner>{}, answer.partnerNames);
    m_state = answer.error.isEmpty() ? State::Found : State::Failed;
    m_error = answer.error;
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (chosen.contains(m_model->found(row).profile.id))
            selection.select(m_model->index(row, 0), m_model->index(row, FoundPartnerModel::ColumnCount - 1));
    }
    m_results->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateSearchState();
    updateSelection();
    emit searched();
}

void FindPartnerWindow::updateSearchState()
{
    const int count = m_model->rowCount();
    switch (m_state) {
    case State::NoSearch:
        m_searchState->setText(m_form->problem());
        break;
    case State::Searching:
        m_searchState->setText(tr("Searching…"));
        break;
    case State::Failed:
        m_searchState->setText(tr("The search did not run: %1").arg(m_error));
        break;
    case State::Found:
        if (count == 0) {
            m_searchState->setText(tr("No active business profile with a location in %1 serves this customer.")
                                       .arg(DisplayText::country(m_shownSearch.country)));
        } else {
            m_searchState->setText(tr("%n partner(s) found, best first. Hover over a row to see why it stands there.", nullptr, count));
        }
        break;
    }
}

QList<int> FindPartnerWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList FindPartnerWindow::selectedProfileIds() const
{
    QStringList ids;
    for (int row : selectedRows())
        ids.append(m_model->found(row).profile.id);
    return ids;
}

void FindPartnerWindow::updateSelection()
{
    const int chosen = int(selectedRows().size());
    m_sendRfi->setEnabled(chosen >= 1 && chosen <= kMaxRfiProfiles && !(m_dialog && m_dialog->isVisible()));
    if (chosen == 0)
        m_selectionHint->setText(tr("Select 1 to %1 partners to send them an RFI.").arg(kMaxRfiProfiles));
    else if (chosen > kMaxRfiProfiles)
        m_selectionHint->setText(tr("An RFI goes to at most %1 partners; %2 are selected.").arg(kMaxRfiProfiles).arg(chosen));
    else
        m_selectionHint->setText(tr("%n partner(s) selected.", nullptr, chosen));
}

void FindPartnerWindow::sendRfi()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || rows.size() > kMaxRfiProfiles)
        return;
    QList<RfiChoice> choices;
    for (int row : std::as_const(rows)) {
        const BusinessProfile &profile = m_model->found(row).profile;
        choices.append(RfiChoice{profile.id, FoundPartnerModel::profileLabel(profile), m_model->partnerName(row)});
    }
    m_dialog = new RfiDialog(m_workspace, choices, m_shownSearch, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RfiDialog::submitted, this, [this](const RfiOutcome &outcome) {
        m_outcome = outcome;
        showOutcome();
    });
    connect(m_dialog, &QDialog::finished, this, &FindPartnerWindow::updateSelection);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->open();
    updateSelection();
}

void FindPartnerWindow::showOutcome()
{
    if (!m_outcome)
        return;
    QStringList created;
    for (const RfiReferral &referral : std::as_const(m_outcome->referrals))
        created.append(tr("%1 for %2").arg(referral.id, referral.profileId));
    const int count = int(m_outcome->referrals.size());
    m_status->setText(tr("RFI sent as engagement %1; %n referral(s) created: %2", nullptr, count)
                          .arg(m_outcome->engagementId, created.join(QStringLiteral(", "))));
}

void FindPartnerWindow::retranslateUi()
{
    setWindowTitle(tr("Find a partner"));
    m_sendRfi->setText(tr("Send &RFI…"));
    m_sendRfi->setToolTip(tr("Send the customer's request for information to the selected partners"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateSearchState();
    updateSelection();
    showOutcome();
}

void FindPartnerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindPartnerWindow::closeEvent(QCloseEvent *event)
{
    rememberGeometry();
    event->accept();
}

bool FindPartnerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Close && isVisible())
        rememberGeometry();
    return QWidget::eventFilter(watched, event);
}

void FindPartnerWindow::rememberGeometry() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("findPartnerWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("findPartnerWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("findPartnerWindow/columns"), m_results->horizontalHeader()->saveState());
}

} // namespace rd
