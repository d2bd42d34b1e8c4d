#pragma once

#include "lifecycle.h"
#include "referral.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace rd {

class MoneyInput;

// Won: the final deal value, prefilled with the estimate.
class WonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WonDialog(const Referral &referral, QWidget *parent = nullptr);
    ActionRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QString m_referralName;
    QLabel *m_intro;
    QLabel *m_valueLabel;
    MoneyInput *m_value;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
