#pragma once

#include "decisiondialog.h"
#include "lifecycle.h"
#include "referral.h"

class QLabel;

namespace rd {

class MoneyInput;

// Won: the final deal value, prefilled with the estimate.
class WonDialog : public DecisionDialog
{
    Q_OBJECT
public:
    explicit WonDialog(const Referral &referral, QWidget *parent = nullptr);
    ActionRequest request() const;

protected:
    void retranslateUi() override;

private:
    void validate();

    QString m_referralName;
    QLabel *m_valueLabel;
    MoneyInput *m_value;
};

} // namespace rd
