#pragma once

#include "mailsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class Database;

// Where the outbox sends from: the SMTP server, the sender's address, the user to log in as and
// the password. The settings are the database's (saveMailSettings), checked by problemsIn() as
// they are typed; the password goes to the keyring only, and when the keyring can't keep it the
// dialog says so and that REFERRAL_DESK_SMTP_PASSWORD is read instead.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    MailSettingsDialog(Database &database, QWidget *parent);

    MailSettings settings() const;
    QPushButton *okButton() const;
    // What is wrong with the fields, or why saving did not work.
    QString problemText() const;

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showProblem(const QString &text);
    void retranslateUi();

    Database &m_database;
    QLabel *m_intro;
    QLineEdit *m_server;
    QLineEdit *m_from;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_serverLabel;
    QLabel *m_fromLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_environment;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    // The settings are stored but the keyring refused the password: Cancel has nothing to undo.
    bool m_savedWithoutPassword = false;
};

} // namespace rd
