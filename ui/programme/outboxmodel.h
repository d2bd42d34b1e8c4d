#pragma once

#include "outbox.h"

#include <QAbstractTableModel>
#include <optional>

namespace rd {

class Database;

// The outbox a page at a time in id order (Outbox::page), of one status or all: each message
// with its kind and status in the UI language, its recipient, attempts, the server's last
// words and its times in local time (UTC in the tooltip). An outbox of years is never read
// whole: the view asks for more as it scrolls.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Kind, Referral, To, Status, Attempts, Error, NotBefore, SentAt, ColumnCount };
    static constexpr int MessageIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    OutboxModel(Database &database, QObject *parent);

    // Shows the messages of `status` only, or all of them; reads the first page again.
    void setStatusFilter(std::optional<OutboxStatus> status);
    std::optional<OutboxStatus> statusFilter() const { return m_status; }
    // Reads again what is shown (at least a page): rows keep their place when their ids do.
    void reload();
    const OutboxMessage &message(int row) const { return m_rows.at(row); }
    // The row of message `id`, or -1 when it is not loaded.
    int rowOf(qint64 id) const;
    // Why the last read failed; empty when it worked.
    QString lastError() const { return m_error; }

    static QString kindText(const QString &kind);
    static QString statusText(OutboxStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Item models hear of no language change: the window tells it.
    void retranslate();

private:
    QVariant display(const OutboxMessage &message, int column) const;
    QVariant toolTip(const OutboxMessage &message, int column) const;

    Outbox m_outbox;
    QList<OutboxMessage> m_rows;
    std::optional<OutboxStatus> m_status;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace rd
