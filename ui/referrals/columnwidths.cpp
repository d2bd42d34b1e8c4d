#include "columnwidths.h"

#include "displaytext.h"
#include "referraltablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace rd {

namespace {

// Text columns start at most this wide; more only when the window has room to spare.
constexpr int kTextColumnStart = 320;
// Cell padding, and room for the sort indicator beside a header's text.
constexpr int kCellMargin = 16;
constexpr int kSortIndicator = 24;

// The widest values a column can show, written the current language's way.
QStringList samples(Column column)
{
    const QDateTime late(QDate(2027, 12, 28), QTime(22, 58));
    switch (column) {
    case Column::Received:
        return {DisplayText::localDateTime(late.toUTC())};
    case Column::ClosingDate:
    case Column::AcceptedOn:
    case Column::ClosedOn:
        return {DisplayText::date(late.date())};
    case Column::TimeLeft:
    case Column::Target:
        return {DisplayText::timeLeft((47 * 60 + 58) * 60 * 1000LL), DisplayText::deadlineState(late, late.addSecs(47 * 3600 + 58 * 60))};
    case Column::ValueHint:
    case Column::EstimatedValue:
    case Column::Value:
        return {DisplayText::money(Money{888888888, QStringLiteral("KRW")}), DisplayText::money(Money{88888888, QStringLiteral("USD")})};
    case Column::Size:
        return {DisplayText::customerSize(QStringLiteral("10001to20000")), DisplayText::customerSize(QStringLiteral("Morethan20000"))};
    case Column::Fit:
        return {ReferralColumns::fitText(1.0)};
    case Column::Outcome:
        return {statusTitle(Status::Declined), statusTitle(Status::Expired), statusTitle(Status::Skipped)};
    default:
        return {};
    }
}

} // namespace

ColumnWidths::ColumnWidths(QTableView *view, ReferralTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int) {
        if (!m_fitting)
            m_userSized.insert(column);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ColumnWidths::fit);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ColumnWidths::fit);
}

void ColumnWidths::setUserSized(const QList<int> &columns)
{
    m_userSized = QSet<int>(columns.begin(), columns.end());
    fit();
}

bool ColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

bool ColumnWidths::mustShowWhole(int column) const
{
    return !samples(m_model->columnAt(column)).isEmpty();
}

int ColumnWidths::headerWidth(int column) const
{
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    const int ours = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + kCellMargin + kSortIndicator;
    return qMax(ours, m_view->horizontalHeader()->sectionSizeHint(column));
}

int ColumnWidths::contentWidth(int column) const
{
    const QFontMetrics metrics = m_view->fontMetrics();
    int widest = 0;
    for (const QString &sample : samples(m_model->columnAt(column)))
        widest = qMax(widest, metrics.horizontalAdvance(sample));
    // The first page, what the tab opens on: the widest formats above stand for the rows further
    // down, which are read only when shown (a million of them would be read to measure them).
    const int rows = qMin(m_model->rowCount(), ReferralTableModel::kPageSize);
    for (int row = 0; row < rows; ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_model->data(m_model->index(row, column)).toString()));
    return widest + kCellMargin;
}

void ColumnWidths::fit()
{
    const int columns = m_model->columnCount();
    if (columns == 0 || m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> widths(columns);
    QList<int> wants(columns);
    int used = 0;
    int wanted = 0;
    for (int column = 0; column < columns; ++column) {
        const int needed = qMax(headerWidth(column), mustShowWhole(column) ? contentWidth(column) : 0);
        if (m_userSized.contains(column)) {
            widths[column] = mustShowWhole(column) ? qMax(header->sectionSize(column), needed) : header->sectionSize(column);
        } else if (mustShowWhole(column)) {
            widths[column] = needed;
        } else {
            const int content = contentWidth(column);
            widths[column] = qMax(headerWidth(column), qMin(content, kTextColumnStart));
            wants[column] = qMax(0, content - widths[column]);
            wanted += wants[column];
        }
        used += widths[column];
    }
    // Room to spare goes to the text columns that are cut, in proportion to what they lack.
    const int spare = m_view->viewport()->width() - used;
    if (spare > 0 && wanted > 0) {
        for (int column = 0; column < columns; ++column)
            widths[column] += int(qint64(wants[column]) * qMin(spare, wanted) / wanted);
    }
    for (int column = 0; column < columns; ++column) {
        if (header->sectionSize(column) != widths[column])
            header->resizeSection(column, widths[column]);
    }
    m_fitting = false;
}

} // namespace rd
