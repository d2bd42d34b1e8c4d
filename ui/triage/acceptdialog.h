#pragma once

#include "decisiondialog.h"
#include "estimatefields.h"
#include "lifecycle.h"
#include "referral.h"

namespace rd {

// Accept: the estimated deal value and closing date, checked as they are typed; OK stays
// disabled until both are valid.
class AcceptDialog : public DecisionDialog
{
    Q_OBJECT
public:
    AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    ActionRequest request() const;

protected:
    void retranslateUi() override;

private:
    void validate();

    QString m_referralName;
    QDateTime m_now;
    QTimeZone m_zone;
    EstimateFields m_fields;
};

} // namespace rd
