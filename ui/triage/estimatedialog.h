#pragma once

#include "decisiondialog.h"
#include "estimatechange.h"
#include "estimatefields.h"
#include "referral.h"

#include <optional>

namespace rd {

// Update estimate: the negotiating deal's value, currency, closing date and notes, prefilled
// with what is stored. It does not close by itself: whoever applies the change closes it, or
// shows core's refusal here and leaves it open.
class EstimateDialog : public DecisionDialog
{
    Q_OBJECT
public:
    EstimateDialog(const Referral &referral, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    // What the rep changed (only that: an old closing date that has passed is no reason to
    // refuse a new value); nothing, with the reason shown, when what is typed is no date.
    std::optional<EstimateChange> change();
    void showRefusal(const QString &message);

signals:
    void submitted();

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QString m_referralName;
    std::optional<Estimate> m_before;
    QTimeZone m_zone;
    EstimateFields m_fields;
};

} // namespace rd
