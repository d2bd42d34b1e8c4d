#include "outboxmodel.h"

#include "displaytext.h"
#include "notifications.h"

#include <QColor>
#include <QLocale>

namespace rd {

OutboxModel::OutboxModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(database)
{
    setStatusFilter(std::nullopt);
}

void OutboxModel::setStatusFilter(std::optional<OutboxStatus> status)
{
    beginResetModel();
    m_status = status;
    m_rows = m_outbox.page(m_status, 0, kPageSize);
    m_error = m_outbox.lastError();
    m_atEnd = !m_error.isEmpty() || m_rows.size() < kPageSize;
    endResetModel();
}

void OutboxModel::reload()
{
    const int wanted = qMax(kPageSize, int(m_rows.size()));
    const QList<OutboxMessage> fresh = m_outbox.page(m_status, 0, wanted);
    m_error = m_outbox.lastError();
    if (!m_error.isEmpty())
        return;
    // Messages only ever join at the end of id order: when the rows shown are still the first
    // ones, they are updated in place and the new ones added, so the selection stays.
    bool samePrefix = fresh.size() >= m_rows.size();
    for (int row = 0; samePrefix && row < m_rows.size(); ++row)
        samePrefix = fresh.at(row).id == m_rows.at(row).id;
    if (!samePrefix) {
        beginResetModel();
        m_rows = fresh;
        m_atEnd = fresh.size() < wanted;
        endResetModel();
        return;
    }
    const int shown = int(m_rows.size());
    for (int row = 0; row < shown; ++row)
        m_rows[row] = fresh.at(row);
    if (shown > 0)
        emit dataChanged(index(0, 0), index(shown - 1, ColumnCount - 1));
    if (fresh.size() > shown) {
        beginInsertRows({}, shown, int(fresh.size()) - 1);
        m_rows.append(fresh.mid(shown));
        endInsertRows();
    }
    m_atEnd = fresh.size() < wanted;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<OutboxMessage> more = m_outbox.page(m_status, m_rows.isEmpty() ? 0 : m_rows.constLast().id, kPageSize);
    m_error = m_outbox.lastError();
    if (!m_error.isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QString OutboxModel::kindText(const QString &kind)
{
    const std::optional<MessageKind> known = messageKindFromName(kind);
    if (!known)
        return kind;
    switch (*known) {
    case MessageKind::NewReferral:
        return tr("New referral alert");
    case MessageKind::CustomerNotice:
        return tr("Customer notice");
    case MessageKind::Reminder:
        return tr("Reminder");
    }
    return kind;
}

QString OutboxModel::statusText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return tr("Pending");
    case OutboxStatus::Sent:
        return tr("Sent");
    case OutboxStatus::Failed:
        return tr("Failed");
    case OutboxStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxMessage &message = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(message, index.column());
    case Qt::ToolTipRole:
        return toolTip(message, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status && message.status() == OutboxStatus::Failed)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MessageIdRole:
        return message.id;
    default:
        return {};
    }
}

QVariant OutboxModel::display(const OutboxMessage &message, int column) const
{
    switch (column) {
    case Id:
        return QString::number(message.id);
    case Kind:
        return kindText(message.kind);
    case Referral:
        return message.referralId;
    case To:
        return message.recipientName.isEmpty() ? message.recipient
                                               : tr("%1 <%2>").arg(message.recipientName, message.recipient);
    case Status:
        return statusText(message.status());
    case Attempts:
        return QLocale().toString(message.attempts);
    case Error:
        // The server's words, as it said them: they are what a mail administrator looks up.
        return message.lastError.simplified();
    case NotBefore:
        // Only an open message still waits for it: the end of an undo grace or the next retry.
        return message.isOpen() ? DisplayText::localDateTime(message.notBefore) : QString();
    case SentAt:
        return DisplayText::localDateTime(message.sentAt);
    default:
        return {};
    }
}

QVariant OutboxModel::toolTip(const OutboxMessage &message, int column) const
{
    switch (column) {
    case Kind:
        if (message.topic == kTargetReminder)
            return tr("A reminder that the 24-hour target passed unanswered");
        if (message.topic == kDeadlineReminder)
            return tr("A reminder that the deadline is near");
        return {};
    case Error:
        return message.lastError;
    case NotBefore:
        return message.isOpen() ? DisplayText::exactTime(message.notBefore) : QString();
    case SentAt:
        return DisplayText::exactTime(message.sentAt);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Kind:
        return tr("Kind");
    case Referral:
        return tr("Referral");
    case To:
        return tr("To");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Error:
        return tr("Server's answer");
    case NotBefore:
        return tr("Not before");
    case SentAt:
        return tr("Sent at");
    default:
        return {};
    }
}

void OutboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace rd
