#include "estimatedialog.h"

#include "dateinput.h"
#include "displaytext.h"
#include "moneyinput.h"

#include <QLineEdit>
#include <QPushButton>

namespace rd {

EstimateDialog::EstimateDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : DecisionDialog(QStringLiteral("estimateDialog"), parent)
    , m_referralName(DisplayText::referralName(referral))
    , m_before(referral.estimate)
    , m_zone(zone)
    , m_fields(this, form())
{
    if (m_before)
        m_fields.show(*m_before);
    else
        m_fields.startNew(referral, now, zone);

    // A refusal speaks of what was typed before: once the rep types again it no longer holds.
    connect(m_fields.value(), &MoneyInput::changed, this, [this] { showRefusal({}); });
    connect(m_fields.closing(), &DateInput::changed, this, [this] { showRefusal({}); });
    m_fields.value()->amountEdit()->setFocus();
    m_fields.value()->amountEdit()->selectAll();
    retranslateUi();
}

void EstimateDialog::retranslateUi()
{
    setWindowTitle(tr("Update estimate"));
    okButton()->setText(tr("Update"));
    setIntro(tr("Keep the estimate of “%1” current while you negotiate: each change is kept in its history with the old and new values.")
                 .arg(m_referralName));
    m_fields.retranslate();
}

void EstimateDialog::submit()
{
    emit submitted();
}

std::optional<EstimateChange> EstimateDialog::change()
{
    // Only what core cannot be asked: an empty amount, or text that is no date at all.
    const MoneyInput *value = m_fields.value();
    QString problem = value->amountText().isEmpty() ? value->problem() : QString();
    if (problem.isEmpty())
        problem = m_fields.closing()->problem();
    if (!problem.isEmpty()) {
        showRefusal(problem);
        return std::nullopt;
    }
    EstimateChange change;
    change.userZone = m_zone;
    const QString amount = value->amountText();
    const QString currency = value->currencyCode();
    const QDate closing = *m_fields.closing()->date();
    const QString notes = m_fields.notes();
    if (!m_before || amount != moneyToDecimalString(m_before->value))
        change.amount = amount;
    if (!m_before || currency != m_before->value.currency)
        change.currency = currency;
    if (!m_before || closing != m_before->closingDate)
        change.closingDate = closing;
    if (!m_before || notes != m_before->notes)
        change.notes = notes;
    return change;
}

void EstimateDialog::showRefusal(const QString &message)
{
    // Core decides when the change is applied: OK stays available to try again.
    showProblem(message, true);
}

} // namespace rd
