#include "rfidialog.h"

#include "businessprofile.h"
#include "clock.h"
#include "customerfields.h"
#include "database.h"
#include "rficontactseditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// As long as the names an RFI file may give (rfijson.cpp).
constexpr int kMaxOrganisationLength = 200;
constexpr int kTitleLength = 80;

} // namespace

RfiDialog::RfiDialog(const Workspace &workspace, const QList<RfiChoice> &choices, const PartnerSearch &search, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_choices(choices)
    , m_search(search)
    , m_intro(new QLabel(this))
    , m_organisation(new QLineEdit(this))
    , m_country(new CountryField(this))
    , m_size(new CustomerSizeCombo(this))
    , m_city(new QLineEdit(this))
    , m_contacts(new RfiContactsEditor(this))
    , m_consent(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rfiDialog"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_notes->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_organisation->setMaxLength(kMaxOrganisationLength);

    auto *form = new QFormLayout;
    addRow(form, m_organisation, QStringLiteral("organisation"));
    addRow(form, m_country, QStringLiteral("country"));
    addRow(form, m_size, QStringLiteral("size"));
    addRow(form, m_city, QStringLiteral("city"));
    addRow(form, m_contacts, QStringLiteral("contacts"))->setBuddy(m_contacts->firstNameEdit(0));
    form->addRow(QString(), m_consent);
    addRow(form, m_notes, QStringLiteral("notes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // What the customer searched for is what they ask about.
    m_country->setCode(search.country);
    m_size->setSizeId(search.size);
    // Notices are written in Korean or English only: a Korean customer's people read Korean first.
    m_contacts->setDefaultLocale(search.country == QLatin1String("KR") ? QStringLiteral("ko") : QStringLiteral("en"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RfiDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto edited = [this] {
        m_showingRefusal = false;
        validate();
    };
    connect(m_organisation, &QLineEdit::textChanged, this, edited);
    connect(m_country, &CountryField::edited, this, edited);
    connect(m_size, &QComboBox::currentIndexChanged, this, edited);
    connect(m_city, &QLineEdit::textChanged, this, edited);
    connect(m_contacts, &RfiContactsEditor::edited, this, edited);
    connect(m_consent, &QCheckBox::toggled, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    retranslateUi();
    resize(qMax(width(), 720), height());
}

QLabel *RfiDialog::addRow(QFormLayout *form, QWidget *field, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    field->setObjectName(objectName);
    form->addRow(label, field);
    m_labels.append(label);
    return label;
}

QPushButton *RfiDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RfiDialog::problemText() const
{
    return m_problem->text();
}

QStringList RfiDialog::profileIds() const
{
    QStringList ids;
    for (const RfiChoice &choice : m_choices)
        ids.append(choice.profileId);
    return ids;
}

QStringList RfiDialog::problems() const
{
    // The same things the command line's RFI must hold (rfijson.cpp), said about the form.
    QStringList problems;
    if (m_organisation->text().trimmed().isEmpty())
        problems.append(tr("Type the customer's organisation name: partners need to know who is asking."));
    if (m_country->code().isEmpty())
        problems.append(tr("Type the customer's country as two letters, such as KR."));
    else if (!m_country->isValid())
        problems.append(tr("This is not a country code: %1. Type two letters, such as KR.").arg(m_country->code()));
    const QList<Contact> contacts = m_contacts->contacts();
    for (int index = 0; index < contacts.size(); ++index) {
        const QString email = contacts.at(index).email;
        const int number = index + 1;
        if (email.isEmpty())
            problems.append(tr("Contact %1 needs an e-mail address, so that a partner can answer.").arg(number));
        else if (!isPlausibleEmail(email))
            problems.append(tr("The e-mail address of contact %1 is not one a mail server accepts: %2").arg(number).arg(email));
    }
    if (!m_consent->isChecked())
        problems.append(tr("Check that the customer agrees to be contacted: partners answer an RFI by getting in touch."));
    return problems;
}

Referral RfiDialog::request() const
{
    const QDateTime now = m_workspace.clock.now().toUTC();
    Referral referral;
    referral.status = Status::New;
    referral.receivedAt = now;
    referral.statusSince = now;
    referral.customer.name = m_organisation->text().trimmed();
    referral.customer.address.country = m_country->code();
    referral.customer.address.city = m_city->text().trimmed();
    referral.customer.size = m_size->sizeId();
    referral.customer.contacts = m_contacts->contacts();
    referral.consentToContact = m_consent->isChecked();
    referral.details.notes = m_notes->toPlainText().trimmed();
    referral.details.requirements = {m_search.industries, m_search.products, m_search.services, m_search.solutions};
    // The title is seen while the referral is New: it must never carry the customer's name.
    const QString firstLine = referral.details.notes.section(QLatin1Char('\n'), 0, 0).simplified();
    referral.name = firstLine.isEmpty() ? tr("Request for information") : firstLine.left(kTitleLength);
    return referral;
}

void RfiDialog::validate()
{
    if (m_showingRefusal)
        return;
    const QStringList problems = this->problems();
    okButton()->setEnabled(problems.isEmpty());
    showProblem(problems.join(QLatin1Char('\n')));
}

void RfiDialog::showProblem(const QString &text)
{
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RfiDialog::accept()
{
    if (!problems().isEmpty()) {
        validate();
        return;
    }
    m_outcome = submitRfi(m_workspace.database, m_workspace.store, request(), profileIds(), m_workspace.clock.now(),
                          m_workspace.database.session().actor);
    if (m_outcome->result != RfiOutcome::Result::Submitted) {
        // Nothing was stored; everything typed stays, to be fixed or sent again.
        m_showingRefusal = true;
        showProblem(m_outcome->message);
        return;
    }
    emit submitted(*m_outcome);
    QDialog::accept();
}

void RfiDialog::retranslateUi()
{
    setWindowTitle(tr("Send an RFI"));
    QStringList to;
    for (const RfiChoice &choice : std::as_const(m_choices))
        to.append(tr("%1 of %2").arg(choice.label, choice.partnerName));
    m_intro->setText(tr("The request for information goes to: %1. Each partner receives it as a new referral and its contact is told by e-mail.")
                         .arg(to.join(QStringLiteral("; "))));
    // In the order addRow() made them.
    const QStringList labels{tr("&Organisation:"), tr("Co&untry:"), tr("Si&ze:"), tr("Cit&y:"), tr("Con&tacts:"), tr("&Notes:")};
    for (int index = 0; index < m_labels.size(); ++index)
        m_labels.at(index)->setText(labels.value(index));
    m_size->setNoneText(tr("Not said"));
    m_consent->setText(tr("The customer &agrees to be contacted by these partners about the request"));
    m_notes->setPlaceholderText(tr("What the customer needs, in their words"));
    okButton()->setText(tr("&Send RFI"));
    if (!m_showingRefusal)
        validate();
}

void RfiDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
