#pragma once

#include "businessprofile.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

class LocationsEditor;
class TaxonomyChecklist;

// The fields of one business profile. It shows a profile and says what its fields hold now;
// whether that may be stored is the domain's to say (problemsIn), not the editor's.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent);

    // The partners a profile can belong to; the one chosen stays chosen when it is still there.
    void setPartners(const QList<PartnerOrganisation> &partners);
    // Chooses the partner as the person would, an edit like any other.
    void choosePartner(const QString &id);
    // A stored profile keeps its id: it is what replaces the stored one.
    void setProfile(const BusinessProfile &profile, bool stored);
    BusinessProfile profile() const;
    // Where a new profile starts: its id.
    void focusId();

    LocationsEditor *locations() const { return m_locations; }
    TaxonomyChecklist *checklist(const QString &objectName) const;

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, QWidget *field, const QString &objectName);
    void selectPartner(const QString &id);
    void updateCounter();
    void retranslateUi();

    QComboBox *m_partner;
    QLineEdit *m_id;
    QLineEdit *m_region;
    QCheckBox *m_active;
    QLineEdit *m_contactName;
    QLineEdit *m_email;
    QComboBox *m_locale;
    LocationsEditor *m_locations;
    QPlainTextEdit *m_description;
    QLabel *m_counter;
    TaxonomyChecklist *m_industries;
    TaxonomyChecklist *m_products;
    TaxonomyChecklist *m_services;
    QLineEdit *m_solutions;
    QLineEdit *m_keywords;
    TaxonomyChecklist *m_excludedSizes;
    QList<QLabel *> m_labels; // in the order of the fields, for retranslateUi()
    bool m_filling = false;
};

} // namespace rd
