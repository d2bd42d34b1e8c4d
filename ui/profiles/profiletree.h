#pragma once

#include "businessprofile.h"

#include <QList>
#include <QTreeWidget>

namespace rd {

// The partner organisations, each with its business profiles beneath it (id and region);
// paused profiles are marked and greyed.
class ProfileTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProfileTree(QWidget *parent);

    // Fills the tree again; what was current stays current when it is still there, without a
    // signal of a change.
    void setContents(const QList<PartnerOrganisation> &partners, const QList<BusinessProfile> &profiles);
    QTreeWidgetItem *profileItem(const QString &profileId) const;
    QTreeWidgetItem *partnerItem(const QString &partnerId) const;
    // Of the current row: the profile's id (empty on a partner's row), and the partner's id
    // (of the partner's row, or of the profile's partner).
    static QString profileIdOf(const QTreeWidgetItem *item);
    static QString partnerIdOf(const QTreeWidgetItem *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<PartnerOrganisation> m_partners;
    QList<BusinessProfile> m_profiles;
};

} // namespace rd
