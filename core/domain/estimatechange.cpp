#include "estimatechange.h"

#include <QCoreApplication>

namespace rd {

namespace {

EstimateDecision refuse(Refusal refusal, const QString &message)
{
    return EstimateDecision{refusal, std::nullopt, message};
}

} // namespace

EstimateDecision decideEstimateChange(const Referral &current, const EstimateChange &change, const QDateTime &now)
{
    if (current.status != Status::Negotiating) {
        return refuse(Refusal::NotAllowed,
                      QCoreApplication::translate("EstimateChange", "The estimate can be changed only while negotiating; this referral is %1.")
                          .arg(statusTitle(current.status)));
    }
    const std::optional<Estimate> &before = current.estimate;
    if (!before && (!change.amount || !change.currency || !change.closingDate)) {
        return refuse(Refusal::InvalidValue,
                      QCoreApplication::translate("EstimateChange", "This deal has no estimate yet; give its value, currency and closing date."));
    }
    const QString currency = change.currency ? change.currency->trimmed().toUpper() : before->value.currency;
    const QString amount = change.amount ? *change.amount : moneyToDecimalString(before->value);
    const MoneyParse value = parseMoney(amount, currency);
    if (!value.money)
        return refuse(Refusal::InvalidValue, value.error);

    Estimate estimate{*value.money, change.closingDate ? *change.closingDate : before->closingDate,
                      change.notes ? change.notes->trimmed() : before->notes};
    // An old closing date that has passed is no reason to refuse a new value; checkEstimate
    // reports it only when everything else holds.
    const ValueCheck check = checkEstimate(estimate, now, change.userZone);
    const bool onlyOldDatePassed = check.problem == ValueProblem::ClosingDatePassed && !change.closingDate;
    if (!check.ok() && !onlyOldDatePassed)
        return refuse(Refusal::InvalidValue, check.message);
    return EstimateDecision{Refusal::None, estimate, {}};
}

std::optional<EstimatePlan> planEstimateChange(const Referral &current, const Estimate &estimate, const QDateTime &now,
                                               const QString &actor)
{
    if (current.estimate == estimate)
        return std::nullopt;
    EstimatePlan plan{current, {}};
    plan.entry.event = HistoryEvent::EstimateChange;
    plan.entry.from = current.status;
    plan.entry.to = current.status;
    plan.entry.at = now;
    plan.entry.actor = actor;
    plan.entry.value = estimate.value;
    plan.entry.closingDate = estimate.closingDate;
    plan.entry.notes = estimate.notes;
    plan.entry.previousEstimate = current.estimate;
    plan.after.estimate = estimate;
    return plan;
}

} // namespace rd
