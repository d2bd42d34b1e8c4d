#include "lifecycle.h"

#include "deadlinepolicy.h"

#include <QCoreApplication>

namespace rd {

namespace {

Decision refuse(Refusal refusal, const QString &message)
{
    return Decision{refusal, std::nullopt, message};
}

QString formatInstant(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

Decision deadlineMissed(const Referral &current, Status archivedAs, const QTimeZone &zone)
{
    const QString when = formatInstant(current.deadline, zone);
    const QString message = current.status == Status::New
        ? QCoreApplication::translate("Lifecycle", "The time to respond to this referral ended at %1; it is now archived as Missed.").arg(when)
        : QCoreApplication::translate("Lifecycle", "The time to accept or decline this referral ended at %1; it is now archived as Expired.").arg(when);
    return Decision{Refusal::DeadlinePassed, archivedAs, message};
}

ValueCheck refuseValue(ValueProblem problem, const QString &message)
{
    return ValueCheck{problem, message};
}

// What a person typed must survive the database: an unpaired surrogate would be stored as bytes
// that are not UTF-8 and come back as something else.
ValueCheck checkText(const QString &text)
{
    if (!QStringView(text).isValidUtf16())
        return refuseValue(ValueProblem::InvalidText, QCoreApplication::translate("Lifecycle", "The text holds characters that are not valid Unicode; type it again."));
    return {};
}

ValueCheck checkReason(const ActionRequest &request, bool required)
{
    const QString reason = request.reason.trimmed();
    if (ValueCheck check = checkText(reason); !check.ok())
        return check;
    if (required && reason.isEmpty()) {
        return refuseValue(ValueProblem::ReasonMissing,
                       request.action == Action::Decline
                           ? QCoreApplication::translate("Lifecycle", "Give a reason for declining; it helps find you better referrals.")
                           : QCoreApplication::translate("Lifecycle", "Give a reason why the deal was lost."));
    }
    if (reason.size() > kMaxReasonLength) {
        return refuseValue(ValueProblem::ReasonTooLong,
                       QCoreApplication::translate("Lifecycle", "The reason is too long; keep it under %n characters.", nullptr, kMaxReasonLength));
    }
    return {};
}

ValueCheck checkMoney(const std::optional<Money> &value, bool required)
{
    if (!value) {
        if (!required)
            return {};
        return refuseValue(ValueProblem::ValueMissing, QCoreApplication::translate("Lifecycle", "Enter the estimated deal value."));
    }
    if (!currencyDecimals(value->currency)) {
        return refuseValue(ValueProblem::UnknownCurrency,
                       QCoreApplication::translate("Lifecycle", "\"%1\" is not an ISO 4217 currency code such as KRW, USD or EUR.").arg(value->currency));
    }
    if (value->minorUnits <= 0)
        return refuseValue(ValueProblem::ValueNotPositive, QCoreApplication::translate("Lifecycle", "The deal value must be greater than zero."));
    if (value->minorUnits > kMaxMinorUnits) {
        return refuseValue(ValueProblem::ValueTooLarge,
                       QCoreApplication::translate("Lifecycle", "The deal value is too large: at most %1 %2.")
                           .arg(moneyToDecimalString(Money{kMaxMinorUnits, value->currency}), value->currency));
    }
    return {};
}

ValueCheck checkAccept(const ActionRequest &request, const QDateTime &now)
{
    if (ValueCheck check = checkMoney(request.value, true); !check.ok())
        return check;
    return checkEstimate(Estimate{*request.value, request.closingDate, request.notes}, now, request.userZone);
}

} // namespace

ValueCheck checkDecisionValues(const ActionRequest &request, const QDateTime &now)
{
    switch (request.action) {
    case Action::Interested:
        return {};
    case Action::Skip:
        return checkReason(request, false);
    case Action::Accept:
        return checkAccept(request, now);
    case Action::Decline:
    case Action::Lost:
        return checkReason(request, true);
    case Action::Won:
        return checkMoney(request.value, false);
    }
    return {};
}

ValueCheck checkEstimate(const Estimate &estimate, const QDateTime &now, const QTimeZone &userZone)
{
    if (ValueCheck check = checkMoney(estimate.value, true); !check.ok())
        return check;
    if (!estimate.closingDate.isValid())
        return refuseValue(ValueProblem::ClosingDateMissing, QCoreApplication::translate("Lifecycle", "Enter the estimated closing date."));
    const QDate today = now.toTimeZone(userZone).date();
    // A date years away is a slip of the keyboard (2072 for 2027), not a forecast.
    const QDate latest = today.addYears(kMaxClosingYearsAhead);
    if (estimate.closingDate > latest) {
        return refuseValue(ValueProblem::ClosingDateTooFarAhead,
                       QCoreApplication::translate("Lifecycle", "The estimated closing date %1 is more than %2 years ahead; choose a date up to %3.")
                           .arg(estimate.closingDate.toString(Qt::ISODate))
                           .arg(kMaxClosingYearsAhead)
                           .arg(latest.toString(Qt::ISODate)));
    }
    if (ValueCheck check = checkText(estimate.notes); !check.ok())
        return check;
    if (estimate.notes.size() > 10 * kMaxReasonLength)
        return refuseValue(ValueProblem::NotesTooLong, QCoreApplication::translate("Lifecycle", "The notes are too long."));
    if (estimate.closingDate < today) {
        return refuseValue(ValueProblem::ClosingDatePassed,
                       QCoreApplication::translate("Lifecycle", "The estimated closing date %1 is in the past; choose today (%2) or later.")
                           .arg(estimate.closingDate.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

const QList<Transition> &transitionTable()
{
    static const QList<Transition> table = {
        {Status::New, Action::Interested, Status::Evaluating},
        {Status::New, Action::Skip, Status::Skipped},
        {Status::Evaluating, Action::Accept, Status::Negotiating},
        {Status::Evaluating, Action::Decline, Status::Declined},
        {Status::Negotiating, Action::Won, Status::Won},
        {Status::Negotiating, Action::Lost, Status::Lost},
    };
    return table;
}

std::optional<Status> nextStatus(Status from, Action action)
{
    for (const Transition &transition : transitionTable()) {
        if (transition.from == from && transition.action == action)
            return transition.to;
    }
    return std::nullopt;
}

bool customerMustChooseAnotherPartner(Status status)
{
    return status == Status::Skipped || status == Status::Missed || status == Status::Declined
        || status == Status::Expired;
}

QString actionTitle(Action action)
{
    switch (action) {
    case Action::Interested:
        return QCoreApplication::translate("Lifecycle", "I'm interested");
    case Action::Skip:
        return QCoreApplication::translate("Lifecycle", "No thanks");
    case Action::Accept:
        return QCoreApplication::translate("Lifecycle", "Accept");
    case Action::Decline:
        return QCoreApplication::translate("Lifecycle", "Decline");
    case Action::Won:
        return QCoreApplication::translate("Lifecycle", "Won");
    case Action::Lost:
        return QCoreApplication::translate("Lifecycle", "Lost");
    }
    return {};
}

Decision decide(const Referral &current, const ActionRequest &request, const QDateTime &now)
{
    if (isArchived(current.status)) {
        return refuse(Refusal::NotAllowed,
                      QCoreApplication::translate("Lifecycle", "This referral is archived as %1; archived referrals can't be changed.")
                          .arg(statusTitle(current.status)));
    }

    // A deadline is a fact of the referral, whether or not a sweep has archived it yet.
    if (const std::optional<Status> archivedAs = archivedByDeadline(current, now))
        return deadlineMissed(current, *archivedAs, request.userZone);

    const std::optional<Status> to = nextStatus(current.status, request.action);
    if (!to) {
        return refuse(Refusal::NotAllowed,
                      QCoreApplication::translate("Lifecycle", "\"%1\" is not possible while the referral is %2.")
                          .arg(actionTitle(request.action), statusTitle(current.status)));
    }

    if (const ValueCheck check = checkDecisionValues(request, now); !check.ok())
        return refuse(Refusal::InvalidValue, check.message);

    return Decision{Refusal::None, to, {}};
}

} // namespace rd
