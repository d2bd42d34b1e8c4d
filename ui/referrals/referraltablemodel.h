#pragma once

#include "referralcolumns.h"
#include "referralstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rd {

class Clock;

// One tab's referrals, a page at a time: rows arrive from core as the view scrolls (fetchMore),
// sorting and filtering are SQL, and nothing ever holds the whole table.
class ReferralTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ReferralRole = Qt::UserRole + 1, IdRole, UrgencyRole };
    static constexpr int kPageSize = 200;

    ReferralTableModel(ReferralStore &store, const Clock &clock, Tab tab, QObject *parent = nullptr);

    Tab tab() const { return m_query.tab.value_or(Tab::New); }
    Column columnAt(int column) const { return m_columns.at(column); }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    void setSearch(const QString &text);
    void setStatusFilter(const QList<Status> &statuses);
    void setClosedRange(const QDateTime &from, const QDateTime &until);
    // The review's filters of `filters` (statuses, closing range, country, profile, rep,
    // reason) at once, read again once.
    void setReviewFilters(const ReferralQuery &filters);
    QString lastError() const { return m_lastError; }
    const ReferralQuery &query() const { return m_query; }
    // A search or filter hides some of the tab's referrals.
    bool isNarrowed() const;

    // The referral as the table shows it: without the customer's contacts (ReferralStore::find()
    // reads them).
    Referral referralAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

public slots:
    // Reads again from the first row, as many rows as were loaded (so the view keeps its place).
    void reload();
    // The minute changed: only the time-dependent cells are repainted.
    void tick();
    // The language changed: item models receive no LanguageChange event of their own.
    void retranslate();

signals:
    void reloaded();

private:
    QList<Referral> fetch(int limit, const std::optional<PageCursor> &after);
    void countFits(const QList<Referral> &rows);

    ReferralStore &m_store;
    const Clock &m_clock;
    QList<Column> m_columns;
    ReferralQuery m_query;
    int m_sortColumn = -1;
    QList<Referral> m_rows;
    QHash<QString, double> m_fits; // of the loaded rows, when the tab shows Fit
    std::optional<PageCursor> m_next; // where the next page starts; none at the end
    QString m_lastError;
};

} // namespace rd
