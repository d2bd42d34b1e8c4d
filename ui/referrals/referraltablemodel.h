#pragma once

#include "referralcolumns.h"
#include "referralstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace rd {

class Clock;

// One tab's referrals, a page at a time: the model knows how many the tab holds and reads the
// page a row is on when the view first shows it, wherever that is (the middle or the end of a
// million), keeping the few pages last shown. Sorting and filtering are SQL, and nothing ever
// holds the whole table.
class ReferralTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ReferralRole = Qt::UserRole + 1, IdRole, UrgencyRole };
    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 12; // what a tall window shows, and a scroll either way
    // A search the index cannot serve is counted this far at a time (countReferrals' atMost):
    // more are counted as the view scrolls to the end of those.
    static constexpr int kCountedAtOnce = 10 * kPageSize;

    ReferralTableModel(ReferralStore &store, const Clock &clock, Tab tab, QObject *parent = nullptr);

    Tab tab() const { return m_query.tab.value_or(Tab::New); }
    Column columnAt(int column) const { return m_columns.at(column); }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only while a search is counted part of the way (isCountPartial()).
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
    // The rows counted are not all that match: at least rowCount() do.
    bool isCountPartial() const { return m_countPartial; }

    // The referral as the table shows it: without the customer's contacts (ReferralStore::find()
    // reads them). Empty when the row could not be read (lastError()).
    Referral referralAt(int row) const;
    // The row `id` is on, read from the database when its page is not loaded; -1 when the tab
    // (with its search and filters) does not hold it.
    int rowOf(const QString &id) const;
    // How many pages are held now: never more than kPagesKept.
    int pagesLoaded() const { return int(m_pages.size()); }

public slots:
    // Counts again and forgets the pages read: the view reads what it shows again, in place.
    void reload();
    // The same, given what the whole tab counts now: without a search or filter, that is the count.
    void reload(int tabCount);
    // The minute changed: only the time-dependent cells are repainted.
    void tick();
    // The language changed: item models receive no LanguageChange event of their own.
    void retranslate();

signals:
    void reloaded();

private:
    struct LoadedPage
    {
        QList<Referral> rows;
        QHash<QString, double> fits; // when the tab shows Fit
        std::optional<PageCursor> first; // where its rows stand in the order
        std::optional<PageCursor> last;
        quint64 lastUse = 0;
    };

    // The row, its page read first if need be; null when it could not be read.
    const Referral *rowAt(int row) const;
    const LoadedPage *pageAt(int number) const;
    LoadedPage readPage(int number) const;
    void countFits(LoadedPage &page) const;
    void forgetLeastUsedPage() const;
    void emitChangedRows(const QList<int> &columns, const QList<int> &roles);
    // How many match, up to `atMost` for a search the index cannot serve (else all).
    int count(int atMost);
    // Reads again after the query changed: counted from the start.
    void requery();
    void reread(int atMost);

    ReferralStore &m_store;
    const Clock &m_clock;
    QList<Column> m_columns;
    ReferralQuery m_query;
    int m_sortColumn = -1;
    int m_count = 0;
    bool m_countPartial = false;
    // Read as the view asks for rows: data() is const to the view, not to what it caches.
    mutable QHash<int, LoadedPage> m_pages; // by page number
    mutable quint64 m_uses = 0;
    mutable QString m_lastError;
};

} // namespace rd
