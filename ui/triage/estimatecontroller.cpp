#include "estimatecontroller.h"

#include "clock.h"
#include "displaytext.h"
#include "estimatedialog.h"
#include "noticebar.h"
#include "referralstore.h"

#include <QAction>
#include <QWidget>

namespace rd {

EstimateController::EstimateController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices,
                                       QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_clock(clock)
    , m_user(user)
    , m_notices(notices)
    , m_window(window)
    , m_action(new QAction(window))
{
    m_action->setObjectName(QStringLiteral("action_estimate"));
    m_action->setShortcut(QKeySequence(Qt::Key_E));
    m_action->setEnabled(false);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &EstimateController::requested);
    retranslate();
}

void EstimateController::retranslate()
{
    m_action->setText(tr("Update &estimate…"));
    const QString tip = tr("Change the estimated deal value, currency, closing date or notes of the deal in negotiation");
    m_action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setStatusTip(tip);
}

void EstimateController::enableFor(const std::optional<Referral> &current)
{
    m_action->setEnabled(current && current->status == Status::Negotiating);
}

void EstimateController::start(const QString &id)
{
    if (m_dialog || id.isEmpty())
        return;
    // Read again: the dialog starts from what is stored, and its version guards the change.
    const std::optional<Referral> referral = m_store.find(id);
    if (!referral || referral->status != Status::Negotiating)
        return;
    auto *dialog = new EstimateDialog(*referral, m_clock.now(), QTimeZone::systemTimeZone(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EstimateDialog::submitted, this, [this, dialog, referral = *referral] { submit(dialog, referral); });
    m_dialog = dialog;
    dialog->open();
}

void EstimateController::submit(EstimateDialog *dialog, const Referral &referral)
{
    const std::optional<EstimateChange> change = dialog->change();
    if (!change)
        return;
    if (change->isEmpty()) {
        dialog->accept();
        return;
    }
    const ActionOutcome outcome = m_store.changeEstimate(referral.id, *change, m_clock.now(), m_user, referral.version);
    if (outcome.result != ActionOutcome::Result::Applied) {
        dialog->showRefusal(outcome.message);
        return;
    }
    dialog->accept();
    const Referral &after = *outcome.referral;
    if (!after.estimate)
        return;
    m_notices.showMessage(tr("Updated the estimate of “%1”: %2, closing on %3.")
                              .arg(DisplayText::referralName(after), DisplayText::money(after.estimate->value),
                                   DisplayText::date(after.estimate->closingDate)));
}

} // namespace rd
