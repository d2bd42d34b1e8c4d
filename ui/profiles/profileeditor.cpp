#include "profileeditor.h"

#include "listtext.h"
#include "locationseditor.h"
#include "taxonomychecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_partner(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_active(new QCheckBox(this))
    , m_contactName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_locale(new QComboBox(this))
    , m_locations(new LocationsEditor(this))
    , m_description(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_industries(new TaxonomyChecklist(TaxonomyKind::Industry, this))
    , m_products(new TaxonomyChecklist(TaxonomyKind::Product, this))
    , m_services(new TaxonomyChecklist(TaxonomyKind::Service, this))
    , m_solutions(new QLineEdit(this))
    , m_keywords(new QLineEdit(this))
    , m_excludedSizes(new TaxonomyChecklist(TaxonomyKind::CustomerSize, this))
{
    // The languages are named in their own language, as language menus do.
    m_locale->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_locale->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_description->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("descriptionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_locations->setObjectName(QStringLiteral("locations"));
    m_active->setObjectName(QStringLiteral("active"));
    for (TaxonomyChecklist *list : {m_industries, m_products, m_services, m_excludedSizes})
        list->setMaximumHeight(list->sizeHintForRow(0) * 7 + 2 * list->frameWidth());

    auto *description = new QWidget(this);
    auto *descriptionLayout = new QVBoxLayout(description);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addWidget(m_counter);
    m_description->setObjectName(QStringLiteral("description"));

    auto *who = new QFormLayout;
    addRow(who, m_partner, QStringLiteral("partner"));
    addRow(who, m_id, QStringLiteral("profileId"));
    addRow(who, m_region, QStringLiteral("region"));
    who->addRow(QString(), m_active);
    addRow(who, m_contactName, QStringLiteral("contactName"));
    addRow(who, m_email, QStringLiteral("contactEmail"));
    addRow(who, m_locale, QStringLiteral("contactLocale"));
    addRow(who, m_locations, QStringLiteral("locations"))->setBuddy(nullptr);
    addRow(who, description, QStringLiteral("descriptionField"))->setBuddy(m_description);

    auto *expertise = new QFormLayout;
    addRow(expertise, m_industries, QStringLiteral("industries"));
    addRow(expertise, m_products, QStringLiteral("products"));
    addRow(expertise, m_services, QStringLiteral("services"));
    addRow(expertise, m_solutions, QStringLiteral("solutions"));
    addRow(expertise, m_keywords, QStringLiteral("keywords"));
    addRow(expertise, m_excludedSizes, QStringLiteral("excludedSizes"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who, 1);
    layout->addLayout(expertise, 1);

    const auto changed = [this] {
        if (!m_filling)
            emit edited();
    };
    for (QLineEdit *edit : {m_id, m_region, m_contactName, m_email, m_solutions, m_keywords})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_partner, m_locale})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_active, &QCheckBox::toggled, this, changed);
    connect(m_locations, &LocationsEditor::edited, this, changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this, changed] {
        updateCounter();
        changed();
    });
    for (TaxonomyChecklist *list : {m_industries, m_products, m_services, m_excludedSizes})
        connect(list, &TaxonomyChecklist::edited, this, changed);
    retranslateUi();
}

QLabel *ProfileEditor::addRow(QFormLayout *form, QWidget *field, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    field->setObjectName(objectName);
    form->addRow(label, field);
    m_labels.append(label);
    return label;
}

TaxonomyChecklist *ProfileEditor::checklist(const QString &objectName) const
{
    return findChild<TaxonomyChecklist *>(objectName);
}

void ProfileEditor::setPartners(const QList<PartnerOrganisation> &partners)
{
    const QString chosen = m_partner->currentData().toString();
    const bool filling = m_filling;
    m_filling = true;
    m_partner->clear();
    for (const PartnerOrganisation &partner : partners) {
        m_partner->addItem(partner.name, partner.id);
        m_partner->setItemData(m_partner->count() - 1, partner.id, Qt::ToolTipRole);
    }
    selectPartner(chosen);
    m_filling = filling;
}

void ProfileEditor::choosePartner(const QString &id)
{
    selectPartner(id);
}

void ProfileEditor::selectPartner(const QString &id)
{
    int index = m_partner->findData(id);
    if (index < 0 && !id.isEmpty()) {
        // Not among the partners listed (stored meanwhile elsewhere): shown by its id.
        m_partner->addItem(id, id);
        index = m_partner->count() - 1;
    }
    m_partner->setCurrentIndex(index);
}

void ProfileEditor::setProfile(const BusinessProfile &profile, bool stored)
{
    m_filling = true;
    selectPartner(profile.partnerId);
    m_id->setText(profile.id);
    m_id->setReadOnly(stored);
    m_region->setText(profile.region);
    m_active->setChecked(profile.active);
    m_contactName->setText(profile.contact.name);
    m_email->setText(profile.contact.email);
    const int locale = m_locale->findData(profile.contact.locale);
    m_locale->setCurrentIndex(locale >= 0 ? locale : m_locale->findData(QStringLiteral("en")));
    m_locations->setLocations(profile.locations);
    m_description->setPlainText(profile.description);
    m_industries->setIds(profile.industries);
    m_products->setIds(profile.products);
    m_services->setIds(profile.services);
    m_solutions->setText(ListText::joinNames(profile.solutions));
    m_keywords->setText(ListText::joinNames(profile.keywords));
    m_excludedSizes->setIds(profile.excludedSizes);
    m_filling = false;
    updateCounter();
}

BusinessProfile ProfileEditor::profile() const
{
    BusinessProfile profile;
    profile.id = m_id->text().trimmed();
    profile.partnerId = m_partner->currentData().toString();
    profile.region = m_region->text().trimmed();
    profile.active = m_active->isChecked();
    profile.contact.name = m_contactName->text().trimmed();
    profile.contact.email = m_email->text().trimmed();
    profile.contact.locale = m_locale->currentData().toString();
    profile.locations = m_locations->locations();
    profile.description = m_description->toPlainText();
    profile.industries = m_industries->ids();
    profile.products = m_products->ids();
    profile.services = m_services->ids();
    profile.solutions = ListText::splitNames(m_solutions->text());
    profile.keywords = ListText::splitNames(m_keywords->text());
    profile.excludedSizes = m_excludedSizes->ids();
    return profile;
}

void ProfileEditor::focusId()
{
    m_id->setFocus();
    m_id->selectAll();
}

void ProfileEditor::updateCounter()
{
    const int length = int(m_description->toPlainText().size());
    m_counter->setText(tr("%1 / %2").arg(length).arg(kMaxProfileDescriptionLength));
    m_counter->setStyleSheet(length > kMaxProfileDescriptionLength ? QStringLiteral("color: #b01c1c") : QString());
}

void ProfileEditor::retranslateUi()
{
    const QStringList labels{
        tr("&Partner:"),      tr("Profile &id:"), tr("Re&gion:"),       tr("Contact na&me:"),
        tr("&E-mail:"),       tr("&Language:"),   tr("Locations:"),     tr("&Description:"),
        tr("Ind&ustries:"),   tr("Produ&cts:"),   tr("Se&rvices:"),     tr("Solutio&ns:"),
        tr("&Keywords:"),     tr("E&xcluded customer sizes:"),
    };
    for (int index = 0; index < m_labels.size(); ++index)
        m_labels.at(index)->setText(labels.value(index));
    m_active->setText(tr("Ac&tive: new referrals for the region are announced to the contact"));
    m_active->setToolTip(tr("A paused profile is not found and gets no referrals."));
    m_id->setToolTip(tr("The id can't change once the profile is stored."));
    m_region->setPlaceholderText(tr("Korea"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_locale->setToolTip(tr("The language of the alerts the contact receives"));
    m_solutions->setPlaceholderText(tr("Your own solution names, separated by commas"));
    m_keywords->setPlaceholderText(tr("Words customers search for, in any language, separated by commas"));
    m_excludedSizes->setToolTip(tr("Customers of a checked size are not sent to this profile."));
    updateCounter();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd
