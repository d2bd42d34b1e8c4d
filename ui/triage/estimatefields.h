#pragma once

#include "referral.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace rd {

class DateInput;
class MoneyInput;

// An estimate as Accept and Update estimate ask for it: the deal value, the closing date and
// notes, as rows of the dialog's form.
class EstimateFields
{
    Q_DECLARE_TR_FUNCTIONS(rd::EstimateFields)
public:
    EstimateFields(QWidget *dialog, QFormLayout *form);

    // Where a new estimate starts: the currency of the customer's value hint, a month ahead.
    void startNew(const Referral &referral, const QDateTime &now, const QTimeZone &zone);
    void show(const Estimate &estimate);
    void retranslate();

    MoneyInput *value() const { return m_value; }
    DateInput *closing() const { return m_closing; }
    QString notes() const;

private:
    QLabel *m_valueLabel;
    QLabel *m_closingLabel;
    QLabel *m_notesLabel;
    MoneyInput *m_value;
    DateInput *m_closing;
    QPlainTextEdit *m_notesEdit;
};

} // namespace rd
