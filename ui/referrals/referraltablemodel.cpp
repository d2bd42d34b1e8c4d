#include "referraltablemodel.h"

#include "clock.h"
#include "similarreferralcounts.h"

#include <QBrush>
#include <QColor>

namespace rd {

ReferralTableModel::ReferralTableModel(ReferralStore &store, const Clock &clock, Tab tab, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_columns(ReferralColumns::forTab(tab))
{
    m_query.tab = tab;
    std::tie(m_query.sort, m_query.order) = defaultSort(tab);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (ReferralColumns::sortKey(m_columns.at(i)) == m_query.sort) {
            m_sortColumn = i;
            break;
        }
    }
    reload();
}

int ReferralTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReferralTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral &referral = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    if (column == Column::Fit && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const auto fit = m_fits.constFind(referral.id);
        if (role == Qt::ToolTipRole)
            return ReferralColumns::fitToolTip();
        return ReferralColumns::fitText(fit == m_fits.cend() ? std::nullopt : std::optional<double>(*fit));
    }
    switch (role) {
    case Qt::DisplayRole:
        return ReferralColumns::display(column, referral, m_clock.now());
    case Qt::ToolTipRole:
        return ReferralColumns::toolTip(column, referral, m_clock.now());
    case Qt::ForegroundRole:
        switch (ReferralColumns::urgency(column, referral, m_clock.now(), m_store.policy())) {
        case 2:
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case 1:
            return QBrush(QColor(0xa8, 0x5a, 0x00));
        default:
            return {};
        }
    case UrgencyRole:
        return ReferralColumns::urgency(column, referral, m_clock.now(), m_store.policy());
    case ReferralRole:
        return QVariant::fromValue(referral);
    case IdRole:
        return referral.id;
    default:
        return {};
    }
}

QVariant ReferralTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return ReferralColumns::title(m_columns.at(section), m_store.policy());
    return {};
}

bool ReferralTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value();
}

void ReferralTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next)
        return;
    const QList<Referral> page = fetch(kPageSize, m_next);
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QList<Referral> ReferralTableModel::fetch(int limit, const std::optional<PageCursor> &after)
{
    ReferralQuery query = m_query;
    query.withContacts = false; // the table shows none; the detail pane reads them by id
    query.limit = limit;
    query.after = after;
    Page page = m_store.page(query);
    m_lastError = m_store.lastError();
    m_next = page.next;
    countFits(page.rows);
    return page.rows;
}

void ReferralTableModel::countFits(const QList<Referral> &rows)
{
    if (!m_columns.contains(Column::Fit) || rows.isEmpty())
        return;
    QStringList ids;
    for (const Referral &referral : rows)
        ids.append(referral.id);
    SimilarReferralCounts counts(m_store.database());
    const QHash<QString, double> fits = counts.fitOf(ids);
    if (m_lastError.isEmpty())
        m_lastError = counts.lastError();
    for (auto it = fits.cbegin(); it != fits.cend(); ++it)
        m_fits.insert(it.key(), it.value());
}

bool ReferralTableModel::isSortable(int column) const
{
    return column >= 0 && column < m_columns.size() && ReferralColumns::sortKey(m_columns.at(column)).has_value();
}

void ReferralTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_query.order))
        return;
    m_sortColumn = column;
    m_query.sort = *ReferralColumns::sortKey(m_columns.at(column));
    m_query.order = order;
    reload();
}

void ReferralTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_query.search)
        return;
    m_query.search = text.trimmed();
    reload();
}

void ReferralTableModel::setStatusFilter(const QList<Status> &statuses)
{
    m_query.statuses = statuses;
    reload();
}

void ReferralTableModel::setClosedRange(const QDateTime &from, const QDateTime &until)
{
    m_query.closedFrom = from;
    m_query.closedUntil = until;
    reload();
}

void ReferralTableModel::setReviewFilters(const ReferralQuery &filters)
{
    m_query.statuses = filters.statuses;
    m_query.closedFrom = filters.closedFrom;
    m_query.closedUntil = filters.closedUntil;
    m_query.countries = filters.countries;
    m_query.profileIds = filters.profileIds;
    m_query.reps = filters.reps;
    m_query.reasonCodes = filters.reasonCodes;
    m_query.typedReasons = filters.typedReasons;
    reload();
}

bool ReferralTableModel::isNarrowed() const
{
    return !m_query.search.isEmpty() || !m_query.statuses.isEmpty() || m_query.closedFrom.isValid() || m_query.closedUntil.isValid()
        || !m_query.countries.isEmpty() || !m_query.profileIds.isEmpty() || !m_query.reps.isEmpty() || !m_query.reasonCodes.isEmpty()
        || !m_query.typedReasons.isEmpty();
}

int ReferralTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ReferralTableModel::reload()
{
    const int loaded = int(qMax<qsizetype>(kPageSize, m_rows.size()));
    m_fits.clear();
    const QList<Referral> rows = fetch(loaded, std::nullopt);
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit reloaded();
}

void ReferralTableModel::tick()
{
    if (m_rows.isEmpty())
        return;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (ReferralColumns::tracksTime(m_columns.at(column)))
            emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, UrgencyRole});
    }
}

void ReferralTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
}

} // namespace rd
