#pragma once

#include "businessprofile.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class ProfileStore;

// Adds a partner organisation (an id and a name) through the profile store. OK is enabled
// when the domain finds nothing wrong with what is typed; a refusal of the store is shown
// here, with what was typed still in place.
class AddPartnerDialog : public QDialog
{
    Q_OBJECT
public:
    AddPartnerDialog(ProfileStore &store, QWidget *parent);

    QPushButton *okButton() const;
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QString problem() const;
    // The partner stored, once the dialog is accepted.
    PartnerOrganisation partner() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showProblem(const QString &problem);
    void retranslateUi();

    ProfileStore &m_store;
    QList<PartnerOrganisation> m_known;
    QLabel *m_intro;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLabel *m_idLabel;
    QLabel *m_nameLabel;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
