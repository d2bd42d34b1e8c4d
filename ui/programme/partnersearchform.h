#pragma once

#include "partnerranking.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace rd {

class CountryField;
class CustomerSizeCombo;
class TaxonomyChecklist;

// What a customer asks Find a partner for: the country and size, the industries, products and
// services as check lists named in the UI language, and solutions and free words typed in
// Korean or English. It says what it holds; the finder decides who fits.
class PartnerSearchForm : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerSearchForm(QWidget *parent);

    PartnerSearch search() const;
    // Why no search can run yet (no country, or not a country code); empty when one can.
    QString problem() const;

    CountryField *country() const { return m_country; }
    CustomerSizeCombo *size() const { return m_size; }
    TaxonomyChecklist *checklist(const QString &objectName) const;
    QLineEdit *solutions() const { return m_solutions; }
    QLineEdit *keywords() const { return m_keywords; }

signals:
    void edited();
    // Enter in a line field: search now, without waiting for the typing to pause.
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addLabel(QWidget *field, const QString &objectName);
    void retranslateUi();

    CountryField *m_country;
    CustomerSizeCombo *m_size;
    QLineEdit *m_solutions;
    QLineEdit *m_keywords;
    TaxonomyChecklist *m_industries;
    TaxonomyChecklist *m_products;
    TaxonomyChecklist *m_services;
    QList<QLabel *> m_labels;
};

} // namespace rd
