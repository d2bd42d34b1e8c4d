#include "acceptdialog.h"

#include "dateinput.h"
#include "displaytext.h"
#include "moneyinput.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

AcceptDialog::AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : DecisionDialog(QStringLiteral("acceptDialog"), parent)
    , m_referral(referral)
    , m_referralName(DisplayText::referralName(referral))
    , m_now(now)
    , m_zone(zone)
    , m_fields(this, form())
    , m_fitWarnings(new QLabel(this))
{
    m_fitWarnings->setObjectName(QStringLiteral("fitWarnings"));
    m_fitWarnings->setWordWrap(true);
    m_fitWarnings->setStyleSheet(QStringLiteral("color: #a85a00"));
    m_fitWarnings->hide();
    body()->addWidget(m_fitWarnings);
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

void AcceptDialog::setFitContext(const std::optional<BusinessProfile> &profile, const SimilarHistory &history)
{
    m_profile = profile;
    m_history = history;
    checkFit();
}

void AcceptDialog::checkFit()
{
    // The rules are the domain's; the dialog shows what they say of the value as it is typed.
    const std::optional<Money> value = m_fields.value()->problem().isEmpty() ? m_fields.value()->money() : std::nullopt;
    m_warnings = rd::fitWarnings(m_referral, m_profile, value, m_history);
    QStringList lines;
    for (const FitWarning &warning : std::as_const(m_warnings))
        lines.append(QStringLiteral("⚠ ") + warning.message);
    m_fitWarnings->setText(lines.join(QLatin1Char('\n')));
    m_fitWarnings->setVisible(!lines.isEmpty());
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
    checkFit();
}

} // namespace rd
