#pragma once

#include "lifecycle.h"
#include "referral.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

// No thanks and Decline send the customer elsewhere at once: a slip of the key must be
// reversible for a moment (kUndoWindowMs), and only these decisions keep what they replace.
bool canBeUndone(Action action);

enum class UndoRefusal { None, NotUndoable, ChangedSince, SomeoneElses, TooLate };

struct UndoCheck
{
    UndoRefusal refusal = UndoRefusal::None;
    QString message;                   // translated; empty when allowed
    std::optional<HistoryEntry> entry; // when allowed: the history row of the undo

    bool allowed() const { return refusal == UndoRefusal::None; }
};

// Whether `actor` may take back `decision`, the last history entry of `current`, at `now`,
// having last seen the referral at `seenVersion`: only a decision that kept what it replaced,
// by the same person, while the referral is as it left it, and before undoWindowEnd().
UndoCheck checkUndo(const Referral &current, int seenVersion, const std::optional<HistoryEntry> &decision,
                    const QString &actor, const QDateTime &now);

// The decision becomes final at this instant; exactly then is already too late, as for a
// deadline.
QDateTime undoWindowEnd(const HistoryEntry &decision);

} // namespace rd
