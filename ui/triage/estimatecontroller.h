#pragma once

#include "estimatedialog.h"
#include "referral.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QWidget;

namespace rd {

class Clock;
class NoticeBar;
class ReferralStore;

// "Update estimate…" (key E) on a negotiating deal: opens the dialog with the stored estimate,
// applies the change against the version the rep saw, and keeps the dialog open with core's
// reason when it is refused.
class EstimateController : public QObject
{
    Q_OBJECT
public:
    EstimateController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices, QWidget *window);

    QAction *action() const { return m_action; }
    EstimateDialog *openDialog() const { return m_dialog; }
    void enableFor(const std::optional<Referral> &current);
    void retranslate();

public slots:
    void start(const QString &id);

signals:
    // The action was triggered: the window answers with start() for the selected referral.
    void requested();

private:
    void submit(EstimateDialog *dialog, const Referral &referral);

    ReferralStore &m_store;
    const Clock &m_clock;
    QString m_user;
    NoticeBar &m_notices;
    QWidget *m_window;
    QAction *m_action;
    QPointer<EstimateDialog> m_dialog;
};

} // namespace rd
