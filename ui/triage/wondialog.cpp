#include "wondialog.h"

#include "displaytext.h"
#include "moneyinput.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

WonDialog::WonDialog(const Referral &referral, QWidget *parent)
    : QDialog(parent)
    , m_referralName(DisplayText::referralName(referral))
    , m_value(new MoneyInput(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("wonDialog"));
    if (referral.estimate)
        m_value->setMoney(referral.estimate->value);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_valueLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_valueLabel, m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_value, &MoneyInput::changed, this, &WonDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_value->amountEdit()->selectAll();
    m_value->amountEdit()->setFocus();
    validate();
}

void WonDialog::retranslateUi()
{
    setWindowTitle(tr("Deal won"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Won"));
    m_intro->setText(tr("Report “%1” as won: the deal will be archived as Won with this final deal value.").arg(m_referralName));
    m_valueLabel->setText(tr("Final deal value:"));
    validate();
}

void WonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ActionRequest WonDialog::request() const
{
    ActionRequest request;
    request.action = Action::Won;
    request.value = m_value->money();
    return request;
}

void WonDialog::validate()
{
    const QString problem = m_value->problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace rd
