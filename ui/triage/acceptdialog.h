#pragma once

#include "businessprofile.h"
#include "decisiondialog.h"
#include "estimatefields.h"
#include "fitcheck.h"
#include "lifecycle.h"
#include "referral.h"

#include <optional>

class QLabel;

namespace rd {

// Accept: the estimated deal value and closing date, checked as they are typed; OK stays
// disabled until both are valid. The fit check's warnings (fitcheck.h) are shown above the
// problem line and follow the value typed; they never disable OK.
class AcceptDialog : public DecisionDialog
{
    Q_OBJECT
public:
    AcceptDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    ActionRequest request() const;
    // What the fit check weighs: the profile the referral was routed to (none: no profile
    // conflicts) and its similar past referrals.
    void setFitContext(const std::optional<BusinessProfile> &profile, const SimilarHistory &history);
    QList<FitWarning> fitWarnings() const { return m_warnings; }

protected:
    void retranslateUi() override;

private:
    void validate();
    void checkFit();

    Referral m_referral;
    QString m_referralName;
    QDateTime m_now;
    QTimeZone m_zone;
    EstimateFields m_fields;
    QLabel *m_fitWarnings;
    std::optional<BusinessProfile> m_profile;
    SimilarHistory m_history;
    QList<FitWarning> m_warnings;
};

} // namespace rd
