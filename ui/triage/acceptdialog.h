#pragma once

#include "lifecycle.h"
#include "referral.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rd {

class DateInput;
class MoneyInput;

// Accept: the estimated deal value and closing date, checked as they are typed; OK stays
// disabled until both are valid.
class AcceptDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    ActionRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // A closing date further away is almost always a mistyped year.
    static constexpr int kMaxYearsAhead = 5;

    void validate();
    void retranslateUi();

    QString m_referralName;
    QLabel *m_intro;
    QLabel *m_valueLabel;
    QLabel *m_closingLabel;
    QLabel *m_notesLabel;
    QDateTime m_now;
    QTimeZone m_zone;
    MoneyInput *m_value;
    DateInput *m_closing;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
