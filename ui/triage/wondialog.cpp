#include "wondialog.h"

#include "displaytext.h"
#include "moneyinput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rd {

WonDialog::WonDialog(const Referral &referral, QWidget *parent)
    : DecisionDialog(QStringLiteral("wonDialog"), parent)
    , m_referralName(DisplayText::referralName(referral))
    , m_valueLabel(new QLabel(this))
    , m_value(new MoneyInput(this))
{
    if (referral.estimate)
        m_value->setMoney(referral.estimate->value);
    form()->addRow(m_valueLabel, m_value);
    connect(m_value, &MoneyInput::changed, this, &WonDialog::validate);
    retranslateUi();
    m_value->amountEdit()->selectAll();
    m_value->amountEdit()->setFocus();
}

void WonDialog::retranslateUi()
{
    setWindowTitle(tr("Deal won"));
    okButton()->setText(tr("Won"));
    setIntro(tr("Report “%1” as won: the deal will be archived as Won with this final deal value.").arg(m_referralName));
    m_valueLabel->setText(tr("Final deal value:"));
    validate();
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
    QString problem = m_value->problem();
    // A final value does not depend on the time: no instant is needed to check it.
    if (problem.isEmpty())
        problem = checkDecisionValues(request(), QDateTime()).message;
    setProblem(problem);
}

} // namespace rd
