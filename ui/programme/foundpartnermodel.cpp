#include "foundpartnermodel.h"

#include <QLocale>

namespace rd {

namespace {

QString percent(double share)
{
    const QLocale locale;
    return locale.toString(qRound(share * 100)) + locale.percent();
}

} // namespace

FoundPartnerModel::FoundPartnerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FoundPartnerModel::setResults(const QList<FoundPartner> &found, const QHash<QString, QString> &partnerNames)
{
    beginResetModel();
    m_partnerNames = partnerNames;
    m_rows.clear();
    for (const FoundPartner &partner : found)
        m_rows.append(Row{partner, explainMatch(partner.record, partner.match)});
    endResetModel();
}

QString FoundPartnerModel::partnerName(int row) const
{
    const QString id = m_rows.at(row).found.profile.partnerId;
    const QString name = m_partnerNames.value(id);
    return name.isEmpty() ? id : name;
}

QString FoundPartnerModel::profileLabel(const BusinessProfile &profile)
{
    return profile.region.isEmpty() ? profile.id : tr("%1 (%2)").arg(profile.id, profile.region);
}

int FoundPartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FoundPartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FoundPartnerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.row(), index.column());
    case Qt::ToolTipRole:
        return row.explanation;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || (index.column() >= Score && index.column() <= Choosiness))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProfileIdRole:
        return row.found.profile.id;
    default:
        return {};
    }
}

QVariant FoundPartnerModel::display(const Row &row, int rowNumber, int column) const
{
    const PartnerMatch &match = row.found.match;
    switch (column) {
    case Rank:
        return QLocale().toString(rowNumber + 1);
    case Profile:
        return profileLabel(row.found.profile);
    case Partner:
        return partnerName(rowNumber);
    case Score:
        return percent(match.score);
    case Fit:
        return percent(match.fit);
    case Responsiveness:
        return percent(match.responsiveness);
    case Choosiness:
        return percent(match.choosiness);
    case Explanation:
        return row.explanation;
    default:
        return {};
    }
}

QVariant FoundPartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Fit:
            return tr("How much of the request the profile covers");
        case Responsiveness:
            return tr("How fast and how reliably the partner answered referrals in the last %1 days").arg(PartnerFinder::kHistoryDays);
        case Choosiness:
            return tr("How the partner treated similar deals: high when it accepted them");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Profile:
        return tr("Profile");
    case Partner:
        return tr("Partner");
    case Score:
        return tr("Score");
    case Fit:
        return tr("Fit");
    case Responsiveness:
        return tr("Responsiveness");
    case Choosiness:
        return tr("Choosiness");
    case Explanation:
        return tr("Why");
    default:
        return {};
    }
}

void FoundPartnerModel::retranslate()
{
    for (Row &row : m_rows)
        row.explanation = explainMatch(row.found.record, row.found.match);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace rd
