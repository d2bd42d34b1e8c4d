#include "taxonomychecklist.h"

#include <QEvent>

namespace rd {

TaxonomyChecklist::TaxonomyChecklist(TaxonomyKind kind, QWidget *parent)
    : QListWidget(parent)
    , m_kind(kind)
{
    setUniformItemSizes(true);
    for (const TaxonomyEntry &entry : Taxonomy::entries(kind))
        addEntry(entry.id);
    m_knownCount = count();
    retranslate();
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

void TaxonomyChecklist::addEntry(const QString &id)
{
    auto *entry = new QListWidgetItem(this);
    entry->setData(Qt::UserRole, id);
    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    entry->setCheckState(Qt::Unchecked);
}

void TaxonomyChecklist::setIds(const QStringList &ids)
{
    m_filling = true;
    // Unknown ids belong to the profile shown before: they go with it.
    while (count() > m_knownCount)
        delete takeItem(count() - 1);
    QStringList unknown = Taxonomy::canonicalIds(m_kind, ids);
    for (int row = 0; row < m_knownCount; ++row) {
        const QString id = item(row)->data(Qt::UserRole).toString();
        item(row)->setCheckState(unknown.removeAll(id) > 0 ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &id : std::as_const(unknown)) {
        addEntry(id);
        item(count() - 1)->setCheckState(Qt::Checked);
    }
    retranslate();
    m_filling = false;
}

QStringList TaxonomyChecklist::ids() const
{
    QStringList checked;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            checked.append(item(row)->data(Qt::UserRole).toString());
    }
    return checked;
}

bool TaxonomyChecklist::setChecked(const QString &id, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == id) {
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void TaxonomyChecklist::retranslate()
{
    const bool filling = m_filling;
    m_filling = true;
    for (int row = 0; row < count(); ++row) {
        const QString id = item(row)->data(Qt::UserRole).toString();
        item(row)->setText(Taxonomy::displayName(m_kind, id));
        item(row)->setToolTip(id);
    }
    m_filling = filling;
}

void TaxonomyChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

} // namespace rd
