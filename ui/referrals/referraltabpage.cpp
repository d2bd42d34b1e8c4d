#include "referraltabpage.h"

#include "archivedfilterbar.h"
#include "clock.h"
#include "columnwidths.h"

#include <QDataStream>
#include <QEvent>
#include <QLabel>
#include <QIODevice>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

ReferralTabPage::ReferralTabPage(ReferralStore &store, const Clock &clock, Tab tab, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReferralTableModel(store, clock, tab, this))
    , m_view(new QTableView(this))
    , m_nothingMatches(new QLabel(this))
{
    setObjectName(tabName(tab) + QStringLiteral("Page"));
    m_view->setObjectName(tabName(tab) + QStringLiteral("View"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A fixed row height lets the view place a million rows without measuring any of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_widths = new ColumnWidths(m_view, m_model);
    m_widths->fit();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (tab == Tab::Archived) {
        m_filters = new ArchivedFilterBar(clock.now().toLocalTime().date(), this);
        layout->addWidget(m_filters);
        connect(m_filters, &ArchivedFilterBar::changed, this, &ReferralTabPage::applyFilters);
    }
    m_nothingMatches->setObjectName(QStringLiteral("nothingMatches"));
    m_nothingMatches->setWordWrap(true);
    m_nothingMatches->setAlignment(Qt::AlignCenter);
    m_nothingMatches->setMargin(12);
    m_nothingMatches->hide();
    layout->addWidget(m_nothingMatches);
    layout->addWidget(m_view);

    // Columns that cannot be sorted in SQL keep the indicator where the order really is.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!m_model->isSortable(column)) {
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ReferralTabPage::rememberPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralTabPage::restorePlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralTabPage::updateNothingMatches);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReferralTabPage::emitCurrentIfChanged);
}

std::optional<Referral> ReferralTabPage::currentReferral() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->referralAt(current.row());
}

QString ReferralTabPage::currentId() const
{
    const std::optional<Referral> referral = currentReferral();
    return referral ? referral->id : QString();
}

void ReferralTabPage::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void ReferralTabPage::selectNearestTo(int row)
{
    if (m_model->rowCount() == 0) {
        m_view->clearSelection();
        emitCurrentIfChanged();
        return;
    }
    m_view->selectRow(qBound(0, row, m_model->rowCount() - 1));
}

void ReferralTabPage::setSearch(const QString &text)
{
    m_narrowing = true;
    m_model->setSearch(text);
    m_narrowing = false;
    emitCurrentIfChanged();
    emit narrowed();
}

void ReferralTabPage::applyFilters()
{
    m_narrowing = true;
    m_model->setClosedRange(m_filters->closedFrom(), m_filters->closedUntil());
    m_model->setStatusFilter(m_filters->outcomes());
    m_narrowing = false;
    emitCurrentIfChanged();
    emit narrowed();
}

QString ReferralTabPage::nothingMatchesText() const
{
    return m_nothingMatches->isVisible() ? m_nothingMatches->text() : QString();
}

void ReferralTabPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateNothingMatches();
    QWidget::changeEvent(event);
}

void ReferralTabPage::updateNothingMatches()
{
    const QString search = m_model->query().search;
    const bool nothing = m_model->rowCount() == 0 && m_model->isNarrowed();
    if (!search.isEmpty())
        m_nothingMatches->setText(tr("Nothing in this tab matches “%1”.").arg(search));
    else
        m_nothingMatches->setText(tr("No referral in this tab matches these filters."));
    m_nothingMatches->setVisible(nothing);
}

void ReferralTabPage::moveSelection(int step)
{
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int target = current < 0 ? 0 : current + step;
    if (target >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({}); // a search counted part of the way
    if (m_model->rowCount() == 0)
        return;
    target = qBound(0, target, m_model->rowCount() - 1);
    m_view->selectRow(target);
    m_view->scrollTo(m_model->index(target, 0));
}

void ReferralTabPage::emitCurrentIfChanged()
{
    const QString id = currentId();
    if (id == m_emittedId)
        return;
    m_emittedId = id;
    emit currentChanged(id);
}

void ReferralTabPage::rememberPlace()
{
    m_placeReferral = currentReferral();
    m_placeId = m_placeReferral ? m_placeReferral->id : QString();
    m_placeRow = m_view->currentIndex().row();
    m_placeScroll = m_view->verticalScrollBar()->value();
}

void ReferralTabPage::restorePlace()
{
    m_view->verticalScrollBar()->setValue(m_placeScroll);
    if (m_placeId.isEmpty())
        return;
    const int row = m_model->rowOf(m_placeId);
    if (row >= 0) {
        m_view->selectRow(row);
        return;
    }
    // The referral left this tab: after the rep's own decision, triage goes on with the one
    // that took its place; a search or filter leaves nothing selected; otherwise the detail
    // pane keeps showing what happened to it.
    if (m_advanceOnRemoval) {
        selectNearestTo(m_placeRow);
    } else if (m_narrowing) {
        emitCurrentIfChanged();
    } else {
        m_emittedId.clear();
        emit currentLeft(*m_placeReferral);
    }
}

QByteArray ReferralTabPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_view->horizontalHeader()->saveState() << m_model->sortColumn() << int(m_model->sortOrder()) << m_widths->userSized();
    return state;
}

void ReferralTabPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray header;
    int sortColumn = -1;
    int sortOrder = 0;
    in >> header >> sortColumn >> sortOrder;
    if (in.status() != QDataStream::Ok)
        return;
    m_view->horizontalHeader()->restoreState(header);
    if (m_model->isSortable(sortColumn)) {
        m_model->sort(sortColumn, Qt::SortOrder(sortOrder));
        m_view->horizontalHeader()->setSortIndicator(sortColumn, Qt::SortOrder(sortOrder));
    }
    // Only the widths the user chose are kept; the others fit the window and the language.
    QList<int> userSized;
    in >> userSized;
    m_widths->setUserSized(in.status() == QDataStream::Ok ? userSized : QList<int>());
}

} // namespace rd
