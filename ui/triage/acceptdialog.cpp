#include "acceptdialog.h"

#include "dateinput.h"
#include "displaytext.h"
#include "moneyinput.h"

#include <QLineEdit>
#include <QPushButton>

namespace rd {

AcceptDialog::AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : DecisionDialog(QStringLiteral("acceptDialog"), parent)
    , m_referralName(DisplayText::referralName(referral))
    , m_now(now)
    , m_zone(zone)
    , m_fields(this, form())
{
    m_fields.startNew(referral, now, zone);
    connect(m_fields.value(), &MoneyInput::changed, this, &AcceptDialog::validate);
    connect(m_fields.closing(), &DateInput::changed, this, &AcceptDialog::validate);
    m_fields.value()->amountEdit()->setFocus();
    retranslateUi();
}

void AcceptDialog::retranslateUi()
{
    setWindowTitle(tr("Accept referral"));
    okButton()->setText(tr("Accept"));
    setIntro(tr("Accepting “%1” moves it to Negotiating. The customer sees that you engage.").arg(m_referralName));
    m_fields.retranslate();
    validate();
}

ActionRequest AcceptDialog::request() const
{
    ActionRequest request;
    request.action = Action::Accept;
    request.value = m_fields.value()->money();
    request.closingDate = m_fields.closing()->date().value_or(QDate());
    request.notes = m_fields.notes();
    request.userZone = m_zone;
    return request;
}

void AcceptDialog::validate()
{
    // What is typed must be an amount and a date; whether they may be stored is core's to say,
    // so that the dialog never promises more.
    QString problem = m_fields.value()->problem();
    if (problem.isEmpty())
        problem = m_fields.closing()->problem();
    if (problem.isEmpty()) {
        const ValueCheck check = checkDecisionValues(request(), m_now);
        // Core quotes the date in ISO 8601; here it is written as the rep writes dates.
        problem = check.problem == ValueProblem::ClosingDateTooFarAhead
            ? tr("The closing date %1 is more than %2 years ahead; check the year.")
                  .arg(DisplayText::date(*m_fields.closing()->date()))
                  .arg(kMaxClosingYearsAhead)
            : check.message;
    }
    setProblem(problem);
}

} // namespace rd
