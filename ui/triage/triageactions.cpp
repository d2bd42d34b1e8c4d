#include "triageactions.h"

#include "lifecycle.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace rd {

TriageActions::TriageActions(QWidget *window)
    : QObject(window)
{
    const struct
    {
        Action action;
        Qt::Key key;
    } keys[] = {
        {Action::Interested, Qt::Key_I}, {Action::Skip, Qt::Key_N}, {Action::Accept, Qt::Key_A},
        {Action::Decline, Qt::Key_D},    {Action::Won, Qt::Key_W},  {Action::Lost, Qt::Key_L},
    };
    for (const auto &entry : keys) {
        auto *action = new QAction(window);
        action->setObjectName(QStringLiteral("action_") + actionName(entry.action));
        action->setShortcut(QKeySequence(entry.key));
        connect(action, &QAction::triggered, this, [this, a = entry.action] { emit triggered(a); });
        m_actions.insert(entry.action, action);
        window->addAction(action);
    }
}

QList<QAction *> TriageActions::all() const
{
    QList<QAction *> actions;
    for (Action action : allActions())
        actions.append(m_actions.value(action));
    return actions;
}

void TriageActions::retranslate()
{
    // The window's context: these strings were the window's before they moved here.
    const struct
    {
        Action action;
        QString text;
        QString tip;
    } texts[] = {
        {Action::Interested, QCoreApplication::translate("rd::MainWindow", "I'm &interested"), QCoreApplication::translate("rd::MainWindow", "Move the referral to Evaluating and see the customer's details")},
        {Action::Skip, QCoreApplication::translate("rd::MainWindow", "&No thanks"), QCoreApplication::translate("rd::MainWindow", "Archive the referral as Skipped; the customer is told to choose another partner")},
        {Action::Accept, QCoreApplication::translate("rd::MainWindow", "&Accept…"), QCoreApplication::translate("rd::MainWindow", "Accept with an estimated deal value and closing date")},
        {Action::Decline, QCoreApplication::translate("rd::MainWindow", "&Decline…"), QCoreApplication::translate("rd::MainWindow", "Decline with a reason; the customer is told to choose another partner")},
        {Action::Won, QCoreApplication::translate("rd::MainWindow", "&Won…"), QCoreApplication::translate("rd::MainWindow", "Report the deal as won")},
        {Action::Lost, QCoreApplication::translate("rd::MainWindow", "&Lost…"), QCoreApplication::translate("rd::MainWindow", "Report the deal as lost, with a reason")},
    };
    for (const auto &entry : texts) {
        QAction *action = m_actions.value(entry.action);
        action->setText(entry.text);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(entry.tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(entry.tip);
    }
}

void TriageActions::enableFor(const std::optional<Referral> &current)
{
    for (Action action : allActions())
        m_actions.value(action)->setEnabled(current && nextStatus(current->status, action).has_value());
}

} // namespace rd
