#include "triagecontroller.h"

#include "acceptdialog.h"
#include "claim.h"
#include "clock.h"
#include "displaytext.h"
#include "noticebar.h"
#include "profilestore.h"
#include "reasondialog.h"
#include "similarreferralcounts.h"
#include "wondialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace rd {

TriageController::TriageController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices,
                                   QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_clock(clock)
    , m_user(user)
    , m_notices(notices)
    , m_window(window)
{
    connect(&m_notices, &NoticeBar::undoExpired, this, [this] {
        if (!m_undoOffered)
            return;
        m_undoOffered = false;
        emit undoAvailabilityChanged(false);
    });
    connect(&m_notices, &NoticeBar::undoRequested, this, &TriageController::undo);
}

void TriageController::start(Action action, const Referral &referral)
{
    if (m_dialog)
        return;
    if (referral.claimedBy.isEmpty() || referral.claimedBy == m_user) {
        begin(action, referral);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Someone is handling this referral"),
                                claimDescription(referral, m_clock.now()), QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("claimWarningDialog"));
    box->setInformativeText(tr("Decide “%1” anyway? They will see what you decided.").arg(actionTitle(action)));
    QPushButton *proceed = box->addButton(tr("Decide anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, action, referral] {
        m_dialog = nullptr;
        if (box->clickedButton() == proceed)
            begin(action, referral);
    });
    m_dialog = box;
    box->open();
}

void TriageController::begin(Action action, const Referral &referral)
{
    ActionRequest request;
    request.action = action;
    request.userZone = QTimeZone::systemTimeZone();
    QDialog *dialog = nullptr;
    switch (action) {
    case Action::Interested:
        apply(referral, request);
        return;
    case Action::Accept: {
        auto *accept = new AcceptDialog(referral, m_clock.now(), request.userZone, m_window);
        // Without a profile or history the check has less to say; it never stops Accept.
        const std::optional<BusinessProfile> profile =
            referral.profileId.isEmpty() ? std::nullopt : ProfileStore(m_store.database()).profile(referral.profileId);
        accept->setFitContext(profile, SimilarReferralCounts(m_store.database()).historyOf(referral.id).value_or(SimilarHistory()));
        connect(accept, &QDialog::accepted, this, [this, accept, referral] { apply(referral, accept->request()); });
        dialog = accept;
        break;
    }
    case Action::Won: {
        auto *won = new WonDialog(referral, m_window);
        connect(won, &QDialog::accepted, this, [this, won, referral] { apply(referral, won->request()); });
        dialog = won;
        break;
    }
    case Action::Skip:
    case Action::Decline:
    case Action::Lost: {
        auto *reason = new ReasonDialog(action, m_window);
        connect(reason, &QDialog::accepted, this, [this, reason, referral] { apply(referral, reason->request()); });
        dialog = reason;
        break;
    }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    m_dialog = dialog;
    dialog->open();
}

void TriageController::apply(const Referral &referral, ActionRequest request)
{
    if (request.action != Action::Accept)
        request.userZone = QTimeZone::systemTimeZone();
    emit aboutToDecide();
    const ActionOutcome outcome = m_store.apply(referral.id, request, m_clock.now(), m_user, referral.version);
    switch (outcome.result) {
    case ActionOutcome::Result::Applied:
        remember(request.action, *outcome.referral);
        if (m_undoOffered)
            m_notices.showUndo(appliedMessage(request.action, *outcome.referral), undoWindowEnd(*m_lastDecision->recorded));
        else
            m_notices.showMessage(appliedMessage(request.action, *outcome.referral));
        emit undoAvailabilityChanged(m_undoOffered);
        break;
    case ActionOutcome::Result::Refused:
        m_notices.showMessage(aboutReferral(referral, outcome.message), NoticeBar::Kind::Warning);
        if (outcome.refusal == Refusal::Conflict)
            emit foundChanged(referral.id);
        break;
    case ActionOutcome::Result::NotFound:
    case ActionOutcome::Result::Failed:
        m_notices.showMessage(aboutReferral(referral, outcome.message), NoticeBar::Kind::Error);
        break;
    }
    emit decided(referral.id);
}

void TriageController::remember(Action action, const Referral &after)
{
    const QList<HistoryEntry> history = m_store.history(after.id);
    m_lastDecision = LastDecision{action, after, history.isEmpty() ? std::nullopt : std::optional(history.constLast())};
    m_undoOffered = checkLastDecision().allowed();
}

UndoCheck TriageController::checkLastDecision() const
{
    const Referral after = m_lastDecision ? m_lastDecision->after : Referral();
    return checkUndo(after, after.version, m_lastDecision ? m_lastDecision->recorded : std::nullopt, m_user, m_clock.now());
}

bool TriageController::canUndo() const
{
    return m_undoOffered && m_notices.canUndo();
}

void TriageController::undo()
{
    // The rule decides, not the notice: a later message may have covered the Undo button.
    const UndoCheck check = checkLastDecision();
    if (!m_undoOffered || !check.allowed()) {
        explainNoUndo(check);
        return;
    }
    const Referral undoing = m_lastDecision->after;
    m_lastDecision.reset();
    m_undoOffered = false;
    emit undoAvailabilityChanged(false);
    const ActionOutcome outcome = m_store.undo(undoing.id, undoing.version, m_clock.now(), m_user);
    if (outcome.result == ActionOutcome::Result::Applied) {
        m_notices.showMessage(tr("Undone: “%1” is back in %2 and the customer will not be told.")
                                  .arg(DisplayText::referralName(*outcome.referral), statusTitle(outcome.referral->status)));
        emit undone(undoing.id);
    } else if (outcome.referral) {
        m_notices.showMessage(aboutReferral(*outcome.referral, outcome.message), NoticeBar::Kind::Warning);
    } else {
        m_notices.showMessage(outcome.message, NoticeBar::Kind::Warning);
    }
    emit decided(undoing.id);
}

void TriageController::explainNoUndo(const UndoCheck &check)
{
    // Plain ints for %n: lupdate 6.4 hangs on an expression in that argument.
    const int seconds = static_cast<int>(kUndoWindowMs / 1000);
    if (check.refusal == UndoRefusal::TooLate) {
        const QString name = DisplayText::referralName(m_lastDecision->after);
        const QString message = m_lastDecision->action == Action::Skip
            ? tr("Nothing was undone: No thanks on “%1” became final after %n second(s), and the customer is told to choose another partner.", nullptr, seconds).arg(name)
            : tr("Nothing was undone: declining “%1” became final after %n second(s), and the customer is told to choose another partner.", nullptr, seconds).arg(name);
        m_notices.showMessage(message, NoticeBar::Kind::Warning);
        return;
    }
    m_notices.showMessage(tr("Nothing to undo: only No thanks and Decline can be taken back, within %n second(s).", nullptr, seconds),
                          NoticeBar::Kind::Warning);
}

QString TriageController::aboutReferral(const Referral &referral, const QString &message) const
{
    return tr("“%1”: %2").arg(DisplayText::referralName(referral), message);
}

QString TriageController::appliedMessage(Action action, const Referral &after) const
{
    const QString name = DisplayText::referralName(after);
    switch (action) {
    case Action::Interested:
        return tr("Moved “%1” to Evaluating: the customer's details are now shown. Accept or decline within %2.")
            .arg(name, windowText(m_store.policy().evaluatingWindowSeconds));
    case Action::Skip:
        return tr("Skipped “%1”. The customer will be told to choose another partner.").arg(name);
    case Action::Accept:
        return tr("Accepted “%1”: the deal is in Negotiating.").arg(name);
    case Action::Decline:
        return tr("Declined “%1”. The customer will be told to choose another partner.").arg(name);
    case Action::Won:
        return tr("Archived “%1” as Won.").arg(name);
    case Action::Lost:
        return tr("Archived “%1” as Lost.").arg(name);
    }
    return {};
}

} // namespace rd
