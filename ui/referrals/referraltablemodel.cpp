#include "referraltablemodel.h"

#include "clock.h"
#include "referralcounts.h"
#include "searchtext.h"
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
    return parent.isValid() ? 0 : m_count;
}

int ReferralTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReferralTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral *row = rowAt(index.row());
    if (!row)
        return {};
    const Referral &referral = *row;
    const Column column = m_columns.at(index.column());
    if (column == Column::Fit && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (role == Qt::ToolTipRole)
            return ReferralColumns::fitToolTip();
        const QHash<QString, double> &fits = pageAt(index.row() / kPageSize)->fits;
        const auto fit = fits.constFind(referral.id);
        return ReferralColumns::fitText(fit == fits.cend() ? std::nullopt : std::optional<double>(*fit));
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

const Referral *ReferralTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const LoadedPage *page = pageAt(row / kPageSize);
    const int at = row % kPageSize;
    // Fewer rows than counted: another window changed the tab since, and its reload is coming.
    return page && at < page->rows.size() ? &page->rows.at(at) : nullptr;
}

const ReferralTableModel::LoadedPage *ReferralTableModel::pageAt(int number) const
{
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        LoadedPage page = readPage(number);
        if (page.rows.isEmpty())
            return nullptr;
        if (m_pages.size() >= kPagesKept)
            forgetLeastUsedPage();
        it = m_pages.insert(number, std::move(page));
    }
    it->lastUse = ++m_uses;
    return &*it;
}

ReferralTableModel::LoadedPage ReferralTableModel::readPage(int number) const
{
    ReferralQuery query = m_query;
    query.withContacts = false; // the table shows none; the detail pane reads them by id
    const int first = number * kPageSize;
    query.limit = qMin(kPageSize, m_count - first);
    // Next to a page already read, go on from its edge on the index; else count the rows over
    // from the nearer end (the end of the order is the start of the opposite one), from the
    // start when the end is not counted yet.
    const auto before = m_pages.constFind(number - 1);
    const auto after = m_pages.constFind(number + 1);
    bool backwards = false;
    if (before != m_pages.cend() && before->last) {
        query.after = before->last;
    } else if (after != m_pages.cend() && after->first) {
        query.after = after->first;
        backwards = true;
    } else if (m_countPartial || first <= m_count - first - query.limit) {
        query.offset = first;
    } else {
        query.offset = m_count - first - query.limit;
        backwards = true;
    }
    if (backwards)
        query.order = query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    Page read = m_store.page(query);
    m_lastError = m_store.lastError();
    LoadedPage page;
    page.rows = std::move(read.rows);
    page.first = backwards ? read.last : read.first;
    page.last = backwards ? read.first : read.last;
    if (backwards)
        std::reverse(page.rows.begin(), page.rows.end());
    countFits(page);
    return page;
}

void ReferralTableModel::forgetLeastUsedPage() const
{
    auto least = m_pages.begin();
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->lastUse < least->lastUse)
            least = it;
    }
    m_pages.erase(least);
}

void ReferralTableModel::countFits(LoadedPage &page) const
{
    if (!m_columns.contains(Column::Fit) || page.rows.isEmpty())
        return;
    QStringList ids;
    for (const Referral &referral : std::as_const(page.rows))
        ids.append(referral.id);
    SimilarReferralCounts counts(m_store.database());
    page.fits = counts.fitOf(ids);
    if (m_lastError.isEmpty())
        m_lastError = counts.lastError();
}

Referral ReferralTableModel::referralAt(int row) const
{
    const Referral *referral = rowAt(row);
    return referral ? *referral : Referral{};
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
    requery();
}

void ReferralTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_query.search)
        return;
    m_query.search = text.trimmed();
    requery();
}

void ReferralTableModel::setStatusFilter(const QList<Status> &statuses)
{
    m_query.statuses = statuses;
    requery();
}

void ReferralTableModel::setClosedRange(const QDateTime &from, const QDateTime &until)
{
    m_query.closedFrom = from;
    m_query.closedUntil = until;
    requery();
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
    requery();
}

bool ReferralTableModel::isNarrowed() const
{
    return !m_query.search.isEmpty() || !m_query.statuses.isEmpty() || m_query.closedFrom.isValid() || m_query.closedUntil.isValid()
        || !m_query.countries.isEmpty() || !m_query.profileIds.isEmpty() || !m_query.reps.isEmpty() || !m_query.reasonCodes.isEmpty()
        || !m_query.typedReasons.isEmpty();
}

int ReferralTableModel::rowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int at = 0; at < it->rows.size(); ++at) {
            if (it->rows.at(at).id == id)
                return it.key() * kPageSize + at;
        }
    }
    const std::optional<int> position = m_store.positionOf(m_query, id);
    m_lastError = m_store.lastError();
    return position && *position < m_count ? *position : -1;
}

void ReferralTableModel::reload()
{
    reread(qMax(m_count, kCountedAtOnce)); // as far as was counted: a view further down keeps its place
}

void ReferralTableModel::reload(int tabCount)
{
    if (isNarrowed()) {
        reload();
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_lastError.clear();
    m_count = tabCount;
    m_countPartial = false;
    endResetModel();
    emit reloaded();
}

void ReferralTableModel::requery()
{
    reread(kCountedAtOnce); // other rows: what was counted of the last ones says nothing
}

void ReferralTableModel::reread(int atMost)
{
    beginResetModel();
    m_pages.clear();
    m_count = count(atMost);
    endResetModel();
    emit reloaded();
}

int ReferralTableModel::count(int atMost)
{
    m_lastError.clear();
    const bool partly = searchReadsEveryRow(m_query.search);
    // One more than shown: whether there are more to count is known without counting them.
    const std::optional<int> counted = countReferrals(m_store.database(), m_query, &m_lastError,
                                                      partly ? std::optional<int>(atMost + 1) : std::nullopt);
    m_countPartial = partly && counted.value_or(0) > atMost;
    return m_countPartial ? atMost : counted.value_or(0);
}

bool ReferralTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_countPartial;
}

void ReferralTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int before = m_count;
    const int counted = count(before + kCountedAtOnce);
    if (counted <= before)
        return;
    beginInsertRows({}, before, counted - 1);
    m_count = counted;
    endInsertRows();
}

void ReferralTableModel::emitChangedRows(const QList<int> &columns, const QList<int> &roles)
{
    // Only the rows read can have changed on screen; the others are read when shown. The ranges
    // are taken first: a view that reads a row while told of a change may read a page.
    QList<std::pair<int, int>> ranges;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        ranges.append({it.key() * kPageSize, it.key() * kPageSize + int(it->rows.size()) - 1});
    for (const auto &[first, last] : std::as_const(ranges)) {
        for (int column : columns)
            emit dataChanged(index(first, column), index(last, column), roles);
    }
}

void ReferralTableModel::tick()
{
    QList<int> columns;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (ReferralColumns::tracksTime(m_columns.at(column)))
            columns.append(column);
    }
    emitChangedRows(columns, {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, UrgencyRole});
}

void ReferralTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    QList<int> columns;
    for (int column = 0; column < m_columns.size(); ++column)
        columns.append(column);
    emitChangedRows(columns, {});
}

} // namespace rd
