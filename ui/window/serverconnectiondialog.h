#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

// File > Connect to team server…: the address of the team's PostgreSQL database and, when the
// server asks for one, a password. OK is enabled once the address is one libpq understands;
// the password is handed on for this session only and never remembered.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectionDialog(const QString &address, QWidget *parent = nullptr);

    QString address() const;
    QString password() const;
    QString problem() const;
    QPushButton *okButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
