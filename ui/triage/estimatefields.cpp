#include "estimatefields.h"

#include "dateinput.h"
#include "moneyinput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rd {

namespace {

constexpr int kDaysToFirstClosingDate = 30;

} // namespace

EstimateFields::EstimateFields(QWidget *dialog, QFormLayout *form)
    : m_valueLabel(new QLabel(dialog))
    , m_closingLabel(new QLabel(dialog))
    , m_notesLabel(new QLabel(dialog))
    , m_value(new MoneyInput(dialog))
    , m_closing(new DateInput(dialog))
    , m_notesEdit(new QPlainTextEdit(dialog))
{
    m_closing->edit()->setObjectName(QStringLiteral("closingDate"));
    m_notesEdit->setObjectName(QStringLiteral("notes"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setMaximumHeight(80);
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_closingLabel, m_closing);
    form->addRow(m_notesLabel, m_notesEdit);
}

void EstimateFields::startNew(const Referral &referral, const QDateTime &now, const QTimeZone &zone)
{
    if (referral.details.valueHint)
        m_value->setCurrency(referral.details.valueHint->currency);
    m_closing->setDate(now.toTimeZone(zone).date().addDays(kDaysToFirstClosingDate));
}

void EstimateFields::show(const Estimate &estimate)
{
    m_value->setMoney(estimate.value);
    m_closing->setDate(estimate.closingDate);
    m_notesEdit->setPlainText(estimate.notes);
}

void EstimateFields::retranslate()
{
    m_valueLabel->setText(tr("Estimated deal value:"));
    m_closingLabel->setText(tr("Estimated closing date:"));
    m_notesLabel->setText(tr("Notes:"));
}

QString EstimateFields::notes() const
{
    return m_notesEdit->toPlainText().trimmed();
}

} // namespace rd
