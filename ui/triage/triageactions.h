#pragma once

#include "referral.h"
#include "status.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace rd {

// The six decisions as the window's actions: their keys (I, N, A, D, W, L), texts and tips,
// enabled only where the lifecycle allows them.
class TriageActions : public QObject
{
    Q_OBJECT
public:
    explicit TriageActions(QWidget *window);

    QAction *action(Action action) const { return m_actions.value(action); }
    QList<QAction *> all() const;
    void retranslate();
    // Enables what `current` allows; nothing when no referral is selected.
    void enableFor(const std::optional<Referral> &current);

signals:
    void triggered(Action action);

private:
    QHash<Action, QAction *> m_actions;
};

} // namespace rd
