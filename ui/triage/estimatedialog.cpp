#include "estimatedialog.h"

#include "dateinput.h"
#include "displaytext.h"
#include "moneyinput.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

EstimateDialog::EstimateDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_referralName(DisplayText::referralName(referral))
    , m_before(referral.estimate)
    , m_zone(zone)
    , m_intro(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_closingLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_value(new MoneyInput(this))
    , m_closing(new DateInput(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("estimateDialog"));
    m_closing->edit()->setObjectName(QStringLiteral("closingDate"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    if (m_before) {
        m_value->setMoney(m_before->value);
        m_closing->setDate(m_before->closingDate);
        m_notes->setPlainText(m_before->notes);
    } else {
        if (referral.details.valueHint)
            m_value->setCurrency(referral.details.valueHint->currency);
        m_closing->setDate(now.toTimeZone(zone).date().addDays(30));
    }
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    m_intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_closingLabel, m_closing);
    form->addRow(m_notesLabel, m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // A refusal speaks of what was typed before: once the rep types again it no longer holds.
    connect(m_value, &MoneyInput::changed, m_problem, &QLabel::clear);
    connect(m_closing, &DateInput::changed, m_problem, &QLabel::clear);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EstimateDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_value->amountEdit()->setFocus();
    m_value->amountEdit()->selectAll();
    retranslateUi();
}

void EstimateDialog::retranslateUi()
{
    setWindowTitle(tr("Update estimate"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Update"));
    m_intro->setText(tr("Keep the estimate of “%1” current while you negotiate: each change is kept in its history with the old and new values.")
                         .arg(m_referralName));
    m_valueLabel->setText(tr("Estimated deal value:"));
    m_closingLabel->setText(tr("Estimated closing date:"));
    m_notesLabel->setText(tr("Notes:"));
}

void EstimateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

std::optional<EstimateChange> EstimateDialog::change()
{
    // Only what core cannot be asked: an empty amount, or text that is no date at all.
    QString problem = m_value->amountText().isEmpty() ? m_value->problem() : QString();
    if (problem.isEmpty())
        problem = m_closing->problem();
    if (!problem.isEmpty()) {
        showRefusal(problem);
        return std::nullopt;
    }
    EstimateChange change;
    change.userZone = m_zone;
    const QString amount = m_value->amountText();
    const QString currency = m_value->currencyCode();
    const QDate closing = *m_closing->date();
    const QString notes = m_notes->toPlainText().trimmed();
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
    m_problem->setText(message);
}

QString EstimateDialog::problem() const
{
    return m_problem->text();
}

} // namespace rd
