#include "decisiondialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

DecisionDialog::DecisionDialog(const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(objectName);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_body);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *DecisionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString DecisionDialog::problem() const
{
    return m_problem->text();
}

void DecisionDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

QFormLayout *DecisionDialog::form()
{
    if (!m_form) {
        m_form = new QFormLayout;
        m_body->addLayout(m_form);
    }
    return m_form;
}

void DecisionDialog::setProblem(const QString &problem)
{
    showProblem(problem, problem.isEmpty());
}

void DecisionDialog::showProblem(const QString &problem, bool acceptable)
{
    m_problem->setText(problem);
    okButton()->setEnabled(acceptable);
}

void DecisionDialog::submit()
{
    accept();
}

void DecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
