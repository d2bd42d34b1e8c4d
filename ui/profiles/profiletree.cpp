#include "profiletree.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>

namespace rd {

namespace {

constexpr int kProfileIdRole = Qt::UserRole;
constexpr int kPartnerIdRole = Qt::UserRole + 1;

enum Column { NameColumn, RegionColumn, StateColumn };

} // namespace

ProfileTree::ProfileTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("profileTree"));
    setColumnCount(3);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    fill();
}

void ProfileTree::setContents(const QList<PartnerOrganisation> &partners, const QList<BusinessProfile> &profiles)
{
    m_partners = partners;
    m_profiles = profiles;
    fill();
}

void ProfileTree::fill()
{
    const QString currentProfile = profileIdOf(currentItem());
    const QString currentPartner = partnerIdOf(currentItem());
    const QSignalBlocker quiet(this);
    clear();
    setHeaderLabels({tr("Partner or profile"), tr("Region"), tr("State")});
    for (const PartnerOrganisation &partner : std::as_const(m_partners)) {
        auto *partnerRow = new QTreeWidgetItem(this, {partner.name});
        partnerRow->setData(NameColumn, kPartnerIdRole, partner.id);
        partnerRow->setToolTip(NameColumn, partner.id);
        for (const BusinessProfile &profile : std::as_const(m_profiles)) {
            if (profile.partnerId != partner.id)
                continue;
            auto *profileRow = new QTreeWidgetItem(partnerRow, {profile.id, profile.region,
                                                                profile.active ? QString() : tr("Paused")});
            profileRow->setData(NameColumn, kProfileIdRole, profile.id);
            profileRow->setData(NameColumn, kPartnerIdRole, partner.id);
            if (!profile.active) {
                for (int column = 0; column < columnCount(); ++column)
                    profileRow->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    expandAll();
    QTreeWidgetItem *current = currentProfile.isEmpty() ? partnerItem(currentPartner) : profileItem(currentProfile);
    if (current)
        setCurrentItem(current);
}

QTreeWidgetItem *ProfileTree::profileItem(const QString &profileId) const
{
    for (int top = 0; top < topLevelItemCount(); ++top) {
        QTreeWidgetItem *partner = topLevelItem(top);
        for (int child = 0; child < partner->childCount(); ++child) {
            if (profileIdOf(partner->child(child)) == profileId)
                return partner->child(child);
        }
    }
    return nullptr;
}

QTreeWidgetItem *ProfileTree::partnerItem(const QString &partnerId) const
{
    for (int top = 0; top < topLevelItemCount(); ++top) {
        if (partnerIdOf(topLevelItem(top)) == partnerId)
            return topLevelItem(top);
    }
    return nullptr;
}

QString ProfileTree::profileIdOf(const QTreeWidgetItem *item)
{
    return item ? item->data(NameColumn, kProfileIdRole).toString() : QString();
}

QString ProfileTree::partnerIdOf(const QTreeWidgetItem *item)
{
    return item ? item->data(NameColumn, kPartnerIdRole).toString() : QString();
}

void ProfileTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTreeWidget::changeEvent(event);
}

} // namespace rd
