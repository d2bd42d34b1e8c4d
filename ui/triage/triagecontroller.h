#pragma once

#include "lifecycle.h"
#include "referralstore.h"
#include "undo.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace rd {

class Clock;
class NoticeBar;

// Carries a rep's decision from the key press to the database: asks for what the decision
// needs (value, date, reason), applies it, explains a refusal, and offers Undo for the
// decisions that send the customer elsewhere.
class TriageController : public QObject
{
    Q_OBJECT
public:
    TriageController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices, QWidget *window);

    // Starts `action` on `referral`: at once for "I'm interested", after a dialog otherwise;
    // first, when a colleague has claimed it, after a warning that asks whether to go on.
    void start(Action action, const Referral &referral);
    bool canUndo() const;
    QDialog *openDialog() const { return m_dialog; }

public slots:
    // Takes back the last No thanks or Decline while it may be; otherwise says why not.
    void undo();

signals:
    // The referral left its tab by the rep's own decision (or came back by Undo).
    void aboutToDecide();
    void decided(const QString &id);
    // The referral is back where it was: the window selects it again.
    void undone(const QString &id);
    void undoAvailabilityChanged(bool available);
    // A decision was refused because someone else changed the referral since it was shown:
    // the window shows it as it is now.
    void foundChanged(const QString &id);

private:
    void begin(Action action, const Referral &referral);
    void apply(const Referral &referral, ActionRequest request);
    void remember(Action action, const Referral &after);
    // Whether the last decision can still be undone, asked of the same rule the store applies.
    UndoCheck checkLastDecision() const;
    QString appliedMessage(Action action, const Referral &after) const;
    QString aboutReferral(const Referral &referral, const QString &message) const;
    void explainNoUndo(const UndoCheck &check);

    struct LastDecision
    {
        Action action;
        Referral after;                        // as the decision left it
        std::optional<HistoryEntry> recorded;  // the history row it wrote
    };

    ReferralStore &m_store;
    const Clock &m_clock;
    QString m_user;
    NoticeBar &m_notices;
    QWidget *m_window;
    QPointer<QDialog> m_dialog;
    std::optional<LastDecision> m_lastDecision;
    bool m_undoOffered = false;
};

} // namespace rd
