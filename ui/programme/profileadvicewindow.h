#pragma once

#include "profileadvice.h"
#include "workspace.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {

// Programme > Profile advice…: for each business profile, the decline or skip reasons that keep
// coming back for one kind of referral and the profile change that would keep such referrals
// away (profileadvice.h). Apply asks first, makes the change and records it in one transaction;
// the recorded changes are listed below, who made each, when, why, and the list before and
// after. It follows what other connections commit.
class ProfileAdviceWindow : public QWidget
{
    Q_OBJECT
public:
    ProfileAdviceWindow(const Workspace &workspace, QWidget *parent);

    QTreeWidget *adviceList() const { return m_advice; }
    QTreeWidget *changesList() const { return m_changes; }
    QPushButton *applyButton() const { return m_apply; }
    // What the last Apply or read came to.
    QString statusText() const;

public slots:
    // Asks, then applies the selected advice.
    void applySelected();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAdvice();
    void fillChanges();
    void retranslateUi();
    void updateButtons();

    Workspace m_workspace;
    QLabel *m_intro;
    QLabel *m_adviceLabel;
    QTreeWidget *m_advice;
    QPushButton *m_apply;
    QLabel *m_status;
    QLabel *m_changesLabel;
    QTreeWidget *m_changes;
    QPushButton *m_close;
    QList<ProfileAdvice> m_shown; // in the list's order
};

} // namespace rd
