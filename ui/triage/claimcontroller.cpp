#include "claimcontroller.h"

#include "clock.h"
#include "database.h"
#include "displaytext.h"
#include "noticebar.h"
#include "referralstore.h"
#include "teamaccounts.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

namespace rd {

ClaimController::ClaimController(ReferralStore &store, const Clock &clock, const QString &user, NoticeBar &notices, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_clock(clock)
    , m_user(user)
    , m_notices(notices)
    , m_window(window)
    // Asked once: a role changes by an administrator, and the database refuses what it no
    // longer allows either way.
    , m_mayReassign(store.mayReassign(user).value_or(false))
    , m_claim(new QAction(window))
    , m_release(new QAction(window))
    , m_reassign(new QAction(window))
{
    const struct
    {
        QAction *action;
        const char *name;
        QKeySequence key;
        ClaimRequest::Change change;
    } actions[] = {
        {m_claim, "action_claim", QKeySequence(Qt::Key_C), ClaimRequest::Change::Claim},
        {m_release, "action_release_claim", QKeySequence(Qt::SHIFT | Qt::Key_C), ClaimRequest::Change::Release},
        {m_reassign, "action_reassign", QKeySequence(Qt::Key_H), ClaimRequest::Change::Reassign},
    };
    for (const auto &entry : actions) {
        entry.action->setObjectName(QLatin1String(entry.name));
        entry.action->setShortcut(entry.key);
        entry.action->setEnabled(false);
        window->addAction(entry.action);
        connect(entry.action, &QAction::triggered, this, [this, change = entry.change] { emit requested(change); });
    }
    m_reassign->setVisible(m_mayReassign);
    retranslate();
}

QAction *ClaimController::action(ClaimRequest::Change change) const
{
    switch (change) {
    case ClaimRequest::Change::Claim:
        return m_claim;
    case ClaimRequest::Change::Release:
        return m_release;
    case ClaimRequest::Change::Reassign:
        return m_reassign;
    }
    return m_claim;
}

QList<QAction *> ClaimController::all() const
{
    return {m_claim, m_release, m_reassign};
}

void ClaimController::retranslate()
{
    const auto describe = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
    };
    describe(m_claim, tr("&Claim"), tr("Tell your colleagues that you are handling this referral"));
    describe(m_release, tr("&Let go"), tr("End your claim, so that a colleague can take the referral"));
    describe(m_reassign, tr("&Hand to a colleague…"), tr("Give the referral to a colleague to handle"));
}

void ClaimController::enableFor(const std::optional<Referral> &current)
{
    const bool open = current && canBeClaimed(current->status);
    const bool claimed = open && !current->claimedBy.isEmpty();
    m_claim->setEnabled(open && current->claimedBy != m_user && (!claimed || m_mayReassign));
    m_release->setEnabled(claimed && (current->claimedBy == m_user || m_mayReassign));
    m_reassign->setEnabled(open && m_mayReassign);
}

void ClaimController::start(ClaimRequest::Change change, const Referral &referral)
{
    if (m_dialog)
        return;
    if (change != ClaimRequest::Change::Reassign) {
        apply(referral, ClaimRequest{change, {}});
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("reassignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Hand to a colleague"));
    dialog->setLabelText(tr("Who is to handle “%1”?").arg(DisplayText::referralName(referral)));
    dialog->setComboBoxItems(colleagues());
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Hand over"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, referral](const QString &name) {
        apply(referral, ClaimRequest{ClaimRequest::Change::Reassign, name});
    });
    m_dialog = dialog;
    dialog->open();
}

QStringList ClaimController::colleagues() const
{
    // On a server, the members this user may see (their organisation's); a file has none.
    if (m_store.database().spec().engine != ConnectionSpec::Engine::Postgresql)
        return {};
    TeamAccounts accounts(m_store.database());
    QStringList names;
    for (const TeamMember &member : accounts.members().value_or(QList<TeamMember>())) {
        if (member.role != TeamMember::Role::Programme)
            names.append(member.name);
    }
    return names;
}

void ClaimController::apply(const Referral &referral, const ClaimRequest &request)
{
    const ActionOutcome outcome = m_store.claim(referral.id, request, m_clock.now(), m_user, referral.version);
    const QString name = DisplayText::referralName(referral);
    switch (outcome.result) {
    case ActionOutcome::Result::Applied: {
        const Referral &after = *outcome.referral;
        if (after.claimedBy.isEmpty())
            m_notices.showMessage(tr("Nobody is handling “%1” now.").arg(name));
        else if (after.claimedBy == m_user)
            m_notices.showMessage(tr("You are handling “%1”: your colleagues see it.").arg(name));
        else
            m_notices.showMessage(tr("%1 is handling “%2” now.").arg(after.claimedBy, name));
        break;
    }
    case ActionOutcome::Result::Refused:
        m_notices.showMessage(tr("“%1”: %2").arg(name, outcome.message), NoticeBar::Kind::Warning);
        if (outcome.refusal == Refusal::Conflict)
            emit foundChanged(referral.id);
        break;
    case ActionOutcome::Result::NotFound:
    case ActionOutcome::Result::Failed:
        m_notices.showMessage(tr("“%1”: %2").arg(name, outcome.message), NoticeBar::Kind::Error);
        break;
    }
}

} // namespace rd
