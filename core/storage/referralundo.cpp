// ReferralStore::undo: taking back a "No thanks" or a decline within its grace.
#include "referralstore.h"

#include "database.h"
#include "notifications.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "undo.h"
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
    const UndoCheck check = checkUndo(*referral, expectedVersion, last, actor, now);
    if (!check.allowed())
        return refuseUndo(*referral, check.message);

    ReferralWriter writer(m_database);
    int told = 0;
    if (!writer.countSent(id, MessageKind::CustomerNotice, last->at, &told)) {
        outcome.message = writer.lastError();
        m_database.rollback();
        return outcome;
    }
    if (told > 0)
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision is final: the customer has already been told."));

    // Back to exactly what was stored before: same deadline, same times, same estimate.
    if (!ReferralRow::restoreMutableState(*referral, before)) {
        return refuseUndo(*referral, QCoreApplication::translate("ReferralStore", "This decision can't be undone: what it replaced could not be read back."));
    }
    // The customer is not told after all; reminders of the state it is back in come when due.
    if (!writer.withdrawOpen(id, MessageKind::CustomerNotice, now)) {
        outcome.message = writer.lastError();
        m_database.rollback();
        return outcome;
    }
    return commitChange(writer, *referral, *check.entry);
}

} // namespace rd
