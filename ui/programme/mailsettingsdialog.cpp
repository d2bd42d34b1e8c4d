#include "mailsettingsdialog.h"

#include "mailpassword.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

bool passwordFromEnvironment()
{
    return !qgetenv("REFERRAL_DESK_SMTP_PASSWORD").isEmpty();
}

} // namespace

MailSettingsDialog::MailSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_serverLabel(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_environment(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_from->setObjectName(QStringLiteral("from"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_environment->setObjectName(QStringLiteral("environmentNote"));
    m_problem->setObjectName(QStringLiteral("problem"));
    for (QLabel *label : {m_intro, m_environment, m_problem}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_serverLabel->setBuddy(m_server);
    m_fromLabel->setBuddy(m_from);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_environment);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    if (const std::optional<MailSettings> stored = loadMailSettings(database)) {
        m_server->setText(stored->serverUrl);
        m_from->setText(stored->from);
        m_user->setText(stored->user);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_server, m_from, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &MailSettingsDialog::validate);
    retranslateUi();
    resize(qMax(width(), 560), height());
}

MailSettings MailSettingsDialog::settings() const
{
    return {m_server->text().trimmed(), m_from->text().trimmed(), m_user->text().trimmed()};
}

QPushButton *MailSettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString MailSettingsDialog::problemText() const
{
    return m_problem->text();
}

void MailSettingsDialog::validate()
{
    // The rules are the mail wing's (problemsIn), asked of exactly what OK would store.
    const QStringList problems = problemsIn(settings());
    okButton()->setEnabled(problems.isEmpty());
    showProblem(problems.join(QLatin1Char('\n')));
    // Without a user there is no login, so no password to keep.
    m_password->setEnabled(!m_user->text().trimmed().isEmpty());
}

void MailSettingsDialog::showProblem(const QString &text)
{
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void MailSettingsDialog::accept()
{
    const MailSettings chosen = settings();
    if (!problemsIn(chosen).isEmpty()) {
        validate();
        return;
    }
    QString error;
    if (!saveMailSettings(m_database, chosen, &error)) {
        showProblem(error);
        return;
    }
    // An empty field keeps the password the keyring has: it is never read back into the form.
    if (!chosen.user.isEmpty() && !m_password->text().isEmpty()) {
        if (!storeSmtpPassword(chosen, m_password->text(), &error)) {
            m_savedWithoutPassword = true;
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            showProblem(tr("The settings are saved, but the keyring could not keep the password: %1\n"
                           "Without a keyring, Referral Desk reads the password from the environment variable "
                           "REFERRAL_DESK_SMTP_PASSWORD when it sends.").arg(error));
            return;
        }
    }
    QDialog::accept();
}

void MailSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Mail settings"));
    m_intro->setText(tr("The outbox sends its e-mail through this SMTP server. The settings belong to this database; the password is kept in the system keyring, never in the database."));
    m_serverLabel->setText(tr("&Server:"));
    m_fromLabel->setText(tr("&From:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(QStringLiteral("smtp://mail.example.com:587"));
    m_from->setPlaceholderText(QStringLiteral("referrals@example.com"));
    m_user->setPlaceholderText(tr("None: the server takes mail without logging in"));
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(tr("Leave it empty to keep the password the keyring has."));
    m_environment->setText(passwordFromEnvironment()
                               ? tr("REFERRAL_DESK_SMTP_PASSWORD is set: sending uses it instead of the keyring's password.")
                               : QString());
    m_environment->setVisible(passwordFromEnvironment());
    if (!m_savedWithoutPassword)
        validate();
}

void MailSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
