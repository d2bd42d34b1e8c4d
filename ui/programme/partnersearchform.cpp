#include "partnersearchform.h"

#include "customerfields.h"
#include "listtext.h"
#include "taxonomychecklist.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace rd {

PartnerSearchForm::PartnerSearchForm(QWidget *parent)
    : QWidget(parent)
    , m_country(new CountryField(this))
    , m_size(new CustomerSizeCombo(this))
    , m_solutions(new QLineEdit(this))
    , m_keywords(new QLineEdit(this))
    , m_industries(new TaxonomyChecklist(TaxonomyKind::Industry, this))
    , m_products(new TaxonomyChecklist(TaxonomyKind::Product, this))
    , m_services(new TaxonomyChecklist(TaxonomyKind::Service, this))
{
    // Made in the order Tab walks them: the fields on the left, then the lists beside them.
    auto *who = new QFormLayout;
    who->addRow(addLabel(m_country, QStringLiteral("country")), m_country);
    who->addRow(addLabel(m_size, QStringLiteral("size")), m_size);
    who->addRow(addLabel(m_solutions, QStringLiteral("solutions")), m_solutions);
    who->addRow(addLabel(m_keywords, QStringLiteral("keywords")), m_keywords);

    auto *lists = new QGridLayout;
    const QStringList names{QStringLiteral("industries"), QStringLiteral("products"), QStringLiteral("services")};
    int column = 0;
    for (TaxonomyChecklist *list : {m_industries, m_products, m_services}) {
        lists->addWidget(addLabel(list, names.at(column)), 0, column);
        lists->addWidget(list, 1, column);
        list->setMaximumHeight(list->sizeHintForRow(0) * 8 + 2 * list->frameWidth());
        ++column;
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who, 2);
    layout->addLayout(lists, 5);

    connect(m_country, &CountryField::edited, this, &PartnerSearchForm::edited);
    connect(m_size, &QComboBox::currentIndexChanged, this, &PartnerSearchForm::edited);
    for (TaxonomyChecklist *list : {m_industries, m_products, m_services})
        connect(list, &TaxonomyChecklist::edited, this, &PartnerSearchForm::edited);
    for (QLineEdit *edit : {m_solutions, m_keywords}) {
        connect(edit, &QLineEdit::textChanged, this, &PartnerSearchForm::edited);
        connect(edit, &QLineEdit::returnPressed, this, &PartnerSearchForm::submitted);
    }
    connect(m_country, &CountryField::returnPressed, this, &PartnerSearchForm::submitted);
    retranslateUi();
}

QLabel *PartnerSearchForm::addLabel(QWidget *field, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    field->setObjectName(objectName);
    m_labels.append(label);
    return label;
}

TaxonomyChecklist *PartnerSearchForm::checklist(const QString &objectName) const
{
    return findChild<TaxonomyChecklist *>(objectName);
}

PartnerSearch PartnerSearchForm::search() const
{
    PartnerSearch search;
    search.country = m_country->code();
    search.size = m_size->sizeId();
    search.industries = m_industries->ids();
    search.products = m_products->ids();
    search.services = m_services->ids();
    search.solutions = ListText::splitNames(m_solutions->text());
    search.keywords = ListText::splitWords(m_keywords->text());
    return search;
}

QString PartnerSearchForm::problem() const
{
    if (m_country->code().isEmpty())
        return tr("Type the customer's country as two letters, such as KR, to see the partners that serve it.");
    if (!m_country->isValid())
        return tr("This is not a country code: %1. Type two letters, such as KR.").arg(m_country->code());
    return {};
}

void PartnerSearchForm::retranslateUi()
{
    // In the order addLabel() made them.
    const QStringList labels{tr("&Country:"), tr("Customer si&ze:"), tr("Sol&utions:"), tr("&Words:"),
                             tr("&Industries:"), tr("&Products:"), tr("Ser&vices:")};
    for (int index = 0; index < m_labels.size(); ++index)
        m_labels.at(index)->setText(labels.value(index));
    m_size->setNoneText(tr("Any size"));
    m_solutions->setPlaceholderText(tr("Solution names, separated by commas"));
    m_keywords->setPlaceholderText(tr("Free words in Korean or English, such as 클라우드 migration"));
    m_country->setToolTip(tr("The ISO 3166 code of the customer's country: only partners with a location there are shown."));
}

void PartnerSearchForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd
