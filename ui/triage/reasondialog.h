#pragma once

#include "decisiondialog.h"
#include "lifecycle.h"

class QLineEdit;
class QListWidget;
class QLabel;

namespace rd {

// A reason for No thanks, Decline or Lost: pick one of the usual ones (keys 1 to 9) or type
// your own. Decline and Lost need one; No thanks does not.
class ReasonDialog : public DecisionDialog
{
    Q_OBJECT
public:
    ReasonDialog(Action action, QWidget *parent = nullptr);

    // What to store: the typed words, or a preset's English words with its code.
    QString reason() const;
    QString reasonCode() const;
    ActionRequest request() const;
    static QStringList presets(Action action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void validate();

    QLabel *m_otherLabel;
    QLabel *m_chosen;
    Action m_action;
    QListWidget *m_presets;
    QLineEdit *m_other;
};

} // namespace rd
