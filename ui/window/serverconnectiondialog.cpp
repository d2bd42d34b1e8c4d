#include "serverconnectiondialog.h"

#include "connectionspec.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

ServerConnectionDialog::ServerConnectionDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(address, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_intro->setWordWrap(true);
    m_addressLabel->setBuddy(m_address);
    m_passwordLabel->setBuddy(m_password);
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 48);

    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ServerConnectionDialog::validate);
    retranslateUi();
    // A remembered address usually needs only its password.
    (address.isEmpty() ? m_address : m_password)->setFocus();
}

QString ServerConnectionDialog::address() const
{
    return m_address->text().trimmed();
}

QString ServerConnectionDialog::password() const
{
    return m_password->text();
}

QString ServerConnectionDialog::problem() const
{
    return m_problem->text();
}

QPushButton *ServerConnectionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ServerConnectionDialog::validate()
{
    const QString problem = ConnectionSpec::serverAddressProblem(m_address->text());
    okButton()->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
}

void ServerConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to team server"));
    m_intro->setText(tr("A team shares one PostgreSQL database: everyone sees the same referrals, live. "
                        "Your administrator gives you its address and your user name."));
    m_addressLabel->setText(tr("&Address:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://kim@db.example.com/referrals"));
    m_password->setPlaceholderText(tr("Only if the server asks for one; not remembered"));
    validate();
}

void ServerConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
