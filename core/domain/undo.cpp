#include "undo.h"

#include "deadlinepolicy.h"

#include <QCoreApplication>

namespace rd {

namespace {

UndoCheck refuseUndo(UndoRefusal refusal)
{
    if (refusal == UndoRefusal::TooLate) {
        const int seconds = static_cast<int>(kUndoWindowMs / 1000);
        return UndoCheck{refusal, QCoreApplication::translate("Undo", "This decision is final: it can only be undone within %n second(s).", nullptr, seconds), {}};
    }
    return UndoCheck{refusal, QCoreApplication::translate("Undo", "This decision can't be undone: the referral has changed since."), {}};
}

} // namespace

bool canBeUndone(Action action)
{
    return action == Action::Skip || action == Action::Decline;
}

QDateTime undoWindowEnd(const HistoryEntry &decision)
{
    return decision.at.addMSecs(kUndoWindowMs);
}

UndoCheck checkUndo(const Referral &current, int seenVersion, const std::optional<HistoryEntry> &decision,
                    const QString &actor, const QDateTime &now)
{
    if (!decision || current.version != seenVersion || decision->to != current.status)
        return refuseUndo(UndoRefusal::ChangedSince);
    if (!decision->from || !decision->keepsBeforeState)
        return refuseUndo(UndoRefusal::NotUndoable);
    if (decision->actor != actor)
        return refuseUndo(UndoRefusal::SomeoneElses);
    if (deadlinePassed(undoWindowEnd(*decision), now))
        return refuseUndo(UndoRefusal::TooLate);

    HistoryEntry entry;
    entry.from = current.status;
    entry.to = *decision->from;
    entry.at = now;
    entry.actor = actor;
    return UndoCheck{UndoRefusal::None, {}, entry};
}

} // namespace rd
