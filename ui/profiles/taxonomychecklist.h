#pragma once

#include "taxonomy.h"

#include <QListWidget>
#include <QStringList>

namespace rd {

// One taxonomy as a list of check boxes: each entry shown by its name in the UI language,
// stored by its id. An id the table does not know (kept as an import gave it) gets an entry of
// its own, so that showing a profile and saving it again loses nothing.
class TaxonomyChecklist : public QListWidget
{
    Q_OBJECT
public:
    TaxonomyChecklist(TaxonomyKind kind, QWidget *parent);

    void setIds(const QStringList &ids);
    // The checked ids, in the table's order, then the unknown ones.
    QStringList ids() const;
    // Checks or unchecks the entry of `id`; false when there is none.
    bool setChecked(const QString &id, bool checked);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addEntry(const QString &id);
    void retranslate();

    TaxonomyKind m_kind;
    int m_knownCount = 0;
    bool m_filling = false;
};

} // namespace rd
