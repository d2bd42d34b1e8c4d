#include "addpartnerdialog.h"

#include "profilestore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

AddPartnerDialog::AddPartnerDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_known(store.partners())
    , m_intro(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_idLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addPartnerDialog"));
    m_id->setObjectName(QStringLiteral("partnerId"));
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_idLabel->setBuddy(m_id);
    m_nameLabel->setBuddy(m_name);

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_id);
    form->addRow(m_nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddPartnerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, &AddPartnerDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &AddPartnerDialog::validate);
    retranslateUi();
}

QPushButton *AddPartnerDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AddPartnerDialog::problem() const
{
    return m_problem->text();
}

PartnerOrganisation AddPartnerDialog::partner() const
{
    return {m_id->text().trimmed(), m_name->text().trimmed()};
}

void AddPartnerDialog::validate()
{
    const QStringList problems = problemsIn(partner());
    okButton()->setEnabled(problems.isEmpty());
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return;
    }
    // setPartner() renames a partner whose id is stored: say so before it happens.
    const bool known = std::any_of(m_known.cbegin(), m_known.cend(), [this](const PartnerOrganisation &partner) {
        return partner.id == m_id->text().trimmed();
    });
    m_problem->setStyleSheet(QString());
    m_problem->setText(known ? tr("A partner with this id is stored already: OK gives it this name.") : QString());
}

void AddPartnerDialog::showProblem(const QString &problem)
{
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setText(problem);
}

void AddPartnerDialog::accept()
{
    const ProfileChange change = m_store.setPartner(partner());
    if (!change.stored()) {
        showProblem(change.problems.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

void AddPartnerDialog::retranslateUi()
{
    setWindowTitle(tr("Add partner"));
    m_intro->setText(tr("A partner organisation taking part in the programme. Its business profiles say where it does business."));
    m_idLabel->setText(tr("&Id:"));
    m_nameLabel->setText(tr("&Name:"));
    m_id->setPlaceholderText(QStringLiteral("contoso"));
    m_name->setPlaceholderText(QStringLiteral("Contoso Ltd."));
    validate();
}

void AddPartnerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
