#pragma once

#include "lifecycle.h"
#include "referralstore.h"

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

    // Starts `action` on `referral`: at once for "I'm interested", after a dialog otherwise.
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

private:
    void apply(const Referral &referral, ActionRequest request);
    QString appliedMessage(Action action, const Referral &after) const;
    QString aboutReferral(const Referral &referral, const QString &message) const;
    void explainNoUndo();

    struct LastDecision
    {
        Action action;
        QString referralName;
    };

    ReferralStore &m_store;
    const Clock &m_clock;
    QString m_user;
    NoticeBar &m_notices;
    QWidget *m_window;
    QPointer<QDialog> m_dialog;
    QString m_undoId;
    int m_undoVersion = 0;
    std::optional<LastDecision> m_lastDecision;
};

} // namespace rd
