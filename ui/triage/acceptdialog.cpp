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
    // The same rules core applies, asked of core, so that the dialog never promises more.
    QString problem = m_fields.value()->problem();
    if (problem.isEmpty())
        problem = m_fields.closing()->problem();
    const QDate today = m_now.toTimeZone(m_zone).date();
    if (problem.isEmpty() && *m_fields.closing()->date() > today.addYears(kMaxYearsAhead)) {
        problem = tr("The closing date %1 is more than %2 years ahead; check the year.")
                      .arg(DisplayText::date(*m_fields.closing()->date()))
                      .arg(kMaxYearsAhead);
    }
    if (problem.isEmpty()) {
        Referral evaluating;
        evaluating.status = Status::Evaluating;
        problem = decide(evaluating, request(), m_now).message;
    }
    setProblem(problem);
}

} // namespace rd
