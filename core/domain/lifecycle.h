#pragma once

#include "money.h"
#include "referral.h"
#include "status.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rd {

// The rules of the Partner Center guide as one table of (status, action) -> status, and one
// function that applies an action at a given instant.

struct Transition
{
    Status from;
    Action action;
    Status to;
};

const QList<Transition> &transitionTable();
std::optional<Status> nextStatus(Status from, Action action);

// Skipped, missed, declined and expired referrals send the customer to another partner.
bool customerMustChooseAnotherPartner(Status status);

QString actionTitle(Action action);

struct ActionRequest
{
    Action action = Action::Interested;
    std::optional<Money> value; // accept: the estimate (required); won: the final value
    QDate closingDate;          // accept
    QString reason;             // decline and lost: required; skip: optional
    QString reasonCode;         // set when the reason is a preset (reasons.h)
    QString notes;              // accept: optional
    QTimeZone userZone = QTimeZone::utc(); // "today" for the closing date is the user's
};

enum class Refusal { None, NotAllowed, DeadlinePassed, InvalidValue, Conflict };

struct Decision
{
    Refusal refusal = Refusal::None;
    // The status to store: the action's result, or for a missed deadline the archived status
    // the referral falls into, which is stored even though the action is refused.
    std::optional<Status> to;
    QString message; // translated, for people; empty when allowed

    bool allowed() const { return refusal == Refusal::None; }
};

inline constexpr int kMaxReasonLength = 1000;
inline constexpr int kMaxClosingYearsAhead = 5;

// What is wrong with a decision's values, for a dialog that says it in its own words.
enum class ValueProblem {
    None, InvalidText, ValueMissing, UnknownCurrency, ValueNotPositive, ValueTooLarge, ClosingDateMissing,
    ClosingDateTooFarAhead, NotesTooLong, ClosingDatePassed, ReasonMissing, ReasonTooLong,
};

struct ValueCheck
{
    ValueProblem problem = ValueProblem::None;
    QString message; // translated, for people; empty when the values can be stored

    bool ok() const { return problem == ValueProblem::None; }
};

// Whether an estimate can be stored: a positive value in a known currency, a closing date from
// today (in the user's zone) up to kMaxClosingYearsAhead years ahead. A closing date that has
// passed is checked last, so that everything else holds when that is the only problem.
ValueCheck checkEstimate(const Estimate &estimate, const QDateTime &now, const QTimeZone &userZone);

// Whether the values of `request` can be stored: Accept needs an estimate, Decline and Lost a
// reason, a Won value must be a real amount, and a reason is at most kMaxReasonLength long.
// decide() asks it, and so do the dialogs as the rep types, so that they never disagree. `now`
// matters only for Accept's closing date.
ValueCheck checkDecisionValues(const ActionRequest &request, const QDateTime &now);

// A decision that sends the customer elsewhere (No thanks, Decline) can be taken back this
// long; the customer's notice waits as long before it may be sent (undo.h).
inline constexpr qint64 kUndoWindowMs = 10 * 1000;

Decision decide(const Referral &current, const ActionRequest &request, const QDateTime &now);

} // namespace rd
