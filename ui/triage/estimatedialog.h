#pragma once

#include "estimatechange.h"
#include "referral.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rd {

class DateInput;
class MoneyInput;

// Update estimate: the negotiating deal's value, currency, closing date and notes, prefilled
// with what is stored. It does not close by itself: whoever applies the change closes it, or
// shows core's refusal here and leaves it open.
class EstimateDialog : public QDialog
{
    Q_OBJECT
public:
    EstimateDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    // What the rep changed (only that: an old closing date that has passed is no reason to
    // refuse a new value); nothing, with the reason shown, when what is typed is no date.
    std::optional<EstimateChange> change();
    void showRefusal(const QString &message);
    QString problem() const;

signals:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_referralName;
    std::optional<Estimate> m_before;
    QTimeZone m_zone;
    QLabel *m_intro;
    QLabel *m_valueLabel;
    QLabel *m_closingLabel;
    QLabel *m_notesLabel;
    MoneyInput *m_value;
    DateInput *m_closing;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
