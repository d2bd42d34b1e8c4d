#pragma once

#include "claim.h"
#include "referral.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace rd {

class Clock;
class NoticeBar;
class ReferralStore;

// Claims on a team database: "Claim" (key C) says the rep is handling the selected new or
// evaluating referral, "Let go" (Shift+C) ends their claim, "Hand to a colleague…" (H, for
// managers) moves it. Each is applied against the version the rep saw; what was refused is
// said in the notice bar, and a referral found changed is shown anew.
class ClaimController : public QObject
{
    Q_OBJECT
public:
    ClaimController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices, QWidget *window);

    QAction *action(ClaimRequest::Change change) const;
    QList<QAction *> all() const;
    QDialog *openDialog() const { return m_dialog; }
    void enableFor(const std::optional<Referral> &current);
    void retranslate();

    // Starts `change` on `referral`: at once, or after asking whom to hand it to.
    void start(ClaimRequest::Change change, const Referral &referral);

signals:
    // An action was triggered: the window answers with start() for the selected referral.
    void requested(ClaimRequest::Change change);
    // Someone else changed the referral since it was shown: the window shows it as it is now.
    void foundChanged(const QString &id);

private:
    void apply(const Referral &referral, const ClaimRequest &request);
    QStringList colleagues() const;

    ReferralStore &m_store;
    const Clock &m_clock;
    QString m_user;
    NoticeBar &m_notices;
    QWidget *m_window;
    bool m_mayReassign = false;
    QAction *m_claim;
    QAction *m_release;
    QAction *m_reassign;
    QPointer<QDialog> m_dialog;
};

} // namespace rd
