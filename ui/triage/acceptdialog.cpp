#include "acceptdialog.h"

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

AcceptDialog::AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_now(now)
    , m_zone(zone)
    , m_value(new MoneyInput(this))
    , m_closing(new DateInput(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acceptDialog"));
    if (referral.details.valueHint)
        m_value->setCurrency(referral.details.valueHint->currency);

    m_referralName = DisplayText::referralName(referral);
    const QDate today = now.toTimeZone(zone).date();
    m_closing->edit()->setObjectName(QStringLiteral("closingDate"));
    m_closing->setDate(today.addDays(30));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_valueLabel = new QLabel(this);
    m_closingLabel = new QLabel(this);
    m_notesLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_closingLabel, m_closing);
    form->addRow(m_notesLabel, m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_value, &MoneyInput::changed, this, &AcceptDialog::validate);
    connect(m_closing, &DateInput::changed, this, &AcceptDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_value->amountEdit()->setFocus();
    retranslateUi();
}

void AcceptDialog::retranslateUi()
{
    setWindowTitle(tr("Accept referral"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    m_intro->setText(tr("Accepting “%1” moves it to Negotiating. The customer sees that you engage.").arg(m_referralName));
    m_valueLabel->setText(tr("Estimated deal value:"));
    m_closingLabel->setText(tr("Estimated closing date:"));
    m_notesLabel->setText(tr("Notes:"));
    validate();
}

void AcceptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ActionRequest AcceptDialog::request() const
{
    ActionRequest request;
    request.action = Action::Accept;
    request.value = m_value->money();
    request.closingDate = m_closing->date().value_or(QDate());
    request.notes = m_notes->toPlainText().trimmed();
    request.userZone = m_zone;
    return request;
}

void AcceptDialog::validate()
{
    // The same rules core applies, asked of core, so that the dialog never promises more.
    QString problem = m_value->problem();
    if (problem.isEmpty())
        problem = m_closing->problem();
    const QDate today = m_now.toTimeZone(m_zone).date();
    if (problem.isEmpty() && *m_closing->date() > today.addYears(kMaxYearsAhead)) {
        problem = tr("The closing date %1 is more than %2 years ahead; check the year.")
                      .arg(DisplayText::date(*m_closing->date()))
                      .arg(kMaxYearsAhead);
    }
    if (problem.isEmpty()) {
        Referral evaluating;
        evaluating.status = Status::Evaluating;
        problem = decide(evaluating, request(), m_now).message;
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace rd
