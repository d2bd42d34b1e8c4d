#pragma once

#include <QDialog>
#include <functional>

class QAction;
class QTableWidget;

namespace rd {

// Every key the window answers to, read from its actions when shown and again after a
// language switch, so that the list can never disagree with the keys themselves.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(std::function<QList<QAction *>()> actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::function<QList<QAction *>()> m_actions;
    QTableWidget *m_table;
};

} // namespace rd
