#pragma once

#include "lifecycle.h"
#include "referral.h"

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rd {

// A rep keeps a negotiating deal's estimate current (the guide asks partners to report
// estimated sizes and closing dates): any of value, currency, closing date and notes.
struct EstimateChange
{
    std::optional<QString> amount;   // a plain decimal as typed ("1500.50"); empty keeps the value
    std::optional<QString> currency; // an ISO 4217 code; alone, it keeps the amount's digits
    std::optional<QDate> closingDate;
    std::optional<QString> notes;
    QTimeZone userZone = QTimeZone::utc(); // "today" for the closing date is the user's

    bool isEmpty() const { return !amount && !currency && !closingDate && !notes; }
};

struct EstimateDecision
{
    Refusal refusal = Refusal::None;
    std::optional<Estimate> estimate; // the estimate to store, when allowed
    QString message;                  // translated; empty when allowed

    bool allowed() const { return refusal == Refusal::None; }
};

EstimateDecision decideEstimateChange(const Referral &current, const EstimateChange &change, const QDateTime &now);

// What storing an allowed estimate writes: the referral with it, and a history row that keeps
// the old and the new estimate.
struct EstimatePlan
{
    Referral after;
    HistoryEntry entry;
};

// Nothing when the estimate is the one already stored: nothing changes, so nothing is recorded.
std::optional<EstimatePlan> planEstimateChange(const Referral &current, const Estimate &estimate, const QDateTime &now,
                                               const QString &actor);

} // namespace rd
