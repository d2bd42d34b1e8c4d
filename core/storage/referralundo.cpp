// ReferralStore::undo: taking back a "No thanks" or a decline within its grace.
#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "visibility.h"

#include <QCoreApplication>

namespace rd {

ActionOutcome ReferralStore::refuseUndo(const Referral &referral, const QString &message)
{
    m_database.rollback();
    ActionOutcome outcome;
    outcome.result = ActionOutcome::Result::Refused;
    outcome.refusal = Refusal::NotAllowed;
    outcome.message = message;
    outcome.referral = visibleView(referral);
    return outcome;
}

ActionOutcome ReferralStore::undo(const QString &id, int expectedVersion, const QDateTime &now, const QString &actor)
{
    ActionOutcome outcome;
    std::optional<Referral> referral = beginChange(id, &outcome);
    if (!referral)
        return outcome;
    QString before;
    const std::optional<HistoryEntry> last = lastHistoryEntry(id, &before);
    const bool undoable = referral->version == expectedVersion && last && last->from && last->to == referral->status
        && (last->to == Status::Skipped || last->to == Status::Declined) && last->actor == actor && !before.isEmpty();
    if (!undoable) {
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision can't be undone: the referral has changed since."));
    }
    if (last->at.msecsTo(now) >= kUndoWindowMs) {
        const int seconds = static_cast<int>(kUndoWindowMs / 1000);
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision is final: it can only be undone within %n second(s).", nullptr, seconds));
    }

    ReferralWriter writer(m_database);
    int withdrawn = 0;
    if (!writer.withdrawNotices(id, now, &withdrawn)) {
        outcome.message = writer.lastError();
        m_database.rollback();
        return outcome;
    }
    if (withdrawn == 0)
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision is final: the customer has already been told."));

    HistoryEntry entry;
    entry.from = referral->status;
    entry.to = *last->from;
    entry.at = now;
    entry.actor = actor;
    // Back to exactly what was stored before: same deadline, same times, same estimate.
    if (!ReferralRow::restoreMutableState(*referral, before)) {
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision can't be undone: what it replaced could not be read back."));
    }
    return commitChange(writer, *referral, entry);
}

} // namespace rd
