#pragma once

#include "partnerfinder.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rd {

// The results of Find a partner, best first, as the finder ranked them: each profile with its
// partner, its score and the parts of it as percentages, and why it stands where it does.
class FoundPartnerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Profile, Partner, Score, Fit, Responsiveness, Choosiness, Explanation, ColumnCount };
    // The profile id of a row, whatever the column.
    static constexpr int ProfileIdRole = Qt::UserRole + 1;

    explicit FoundPartnerModel(QObject *parent);

    // `partnerNames` maps partner ids to their names; a partner without one shows its id.
    void setResults(const QList<FoundPartner> &found, const QHash<QString, QString> &partnerNames);
    const FoundPartner &found(int row) const { return m_rows.at(row).found; }
    QString partnerName(int row) const;
    // "seoul (Korea)": a profile as the table and the RFI dialog name it.
    static QString profileLabel(const BusinessProfile &profile);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Item models hear of no language change: the window tells it.
    void retranslate();

private:
    struct Row
    {
        FoundPartner found;
        QString explanation; // explainMatch() in the UI language
    };
    QVariant display(const Row &row, int rowNumber, int column) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_partnerNames;
};

} // namespace rd
