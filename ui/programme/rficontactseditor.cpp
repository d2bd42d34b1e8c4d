#include "rficontactseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

RfiContactsEditor::RfiContactsEditor(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int index = 0; index < kMaxRfiContacts; ++index) {
        auto *widget = new QWidget(this);
        Row row{widget, new QLineEdit(widget), new QLineEdit(widget), new QLineEdit(widget),
                new QComboBox(widget), new QCheckBox(widget), new QToolButton(widget)};
        row.firstName->setObjectName(QStringLiteral("firstName%1").arg(index));
        row.lastName->setObjectName(QStringLiteral("lastName%1").arg(index));
        row.email->setObjectName(QStringLiteral("email%1").arg(index));
        row.email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        row.email->setPlaceholderText(QStringLiteral("name@example.com"));
        row.locale->setObjectName(QStringLiteral("locale%1").arg(index));
        // The languages are named in their own language, as language menus do.
        row.locale->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
        row.locale->addItem(QStringLiteral("English"), QStringLiteral("en"));
        row.notifications->setObjectName(QStringLiteral("notifications%1").arg(index));
        row.remove->setObjectName(QStringLiteral("removeContact%1").arg(index));
        auto *line = new QHBoxLayout(widget);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(row.firstName, 2);
        line->addWidget(row.lastName, 2);
        line->addWidget(row.email, 3);
        line->addWidget(row.locale);
        line->addWidget(row.notifications);
        line->addWidget(row.remove);
        layout->addWidget(widget);
        m_rows.append(row);
        clearRow(row);

        const auto changed = [this] { emit edited(); };
        for (QLineEdit *edit : {row.firstName, row.lastName, row.email})
            connect(edit, &QLineEdit::textChanged, this, changed);
        connect(row.locale, &QComboBox::currentIndexChanged, this, changed);
        connect(row.notifications, &QCheckBox::toggled, this, changed);
        connect(row.remove, &QToolButton::clicked, this, [this, index] { removeRow(index); });
    }
    m_add->setObjectName(QStringLiteral("addContact"));
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &RfiContactsEditor::addRow);
    showRows(1);
    retranslateUi();
}

QList<Contact> RfiContactsEditor::contacts() const
{
    QList<Contact> contacts;
    for (int index = 0; index < m_shown; ++index) {
        const Row &row = m_rows.at(index);
        Contact contact;
        contact.firstName = row.firstName->text().trimmed();
        contact.lastName = row.lastName->text().trimmed();
        contact.email = row.email->text().trimmed();
        contact.locale = row.locale->currentData().toString();
        contact.notificationsDisabled = !row.notifications->isChecked();
        contacts.append(contact);
    }
    return contacts;
}

void RfiContactsEditor::setDefaultLocale(const QString &locale)
{
    m_defaultLocale = locale;
    // Rows not typed into yet follow it.
    for (int index = 0; index < m_rows.size(); ++index) {
        const Row &row = m_rows.at(index);
        if (index >= m_shown || (row.firstName->text().isEmpty() && row.lastName->text().isEmpty() && row.email->text().isEmpty()))
            row.locale->setCurrentIndex(qMax(0, row.locale->findData(locale)));
    }
}

void RfiContactsEditor::clearRow(const Row &row)
{
    row.firstName->clear();
    row.lastName->clear();
    row.email->clear();
    row.locale->setCurrentIndex(qMax(0, row.locale->findData(m_defaultLocale)));
    row.notifications->setChecked(true);
}

void RfiContactsEditor::copyRow(const Row &from, const Row &to)
{
    to.firstName->setText(from.firstName->text());
    to.lastName->setText(from.lastName->text());
    to.email->setText(from.email->text());
    to.locale->setCurrentIndex(from.locale->currentIndex());
    to.notifications->setChecked(from.notifications->isChecked());
}

void RfiContactsEditor::addRow()
{
    if (m_shown >= kMaxRfiContacts)
        return;
    clearRow(m_rows.at(m_shown));
    showRows(m_shown + 1);
    m_rows.at(m_shown - 1).firstName->setFocus();
    emit edited();
}

void RfiContactsEditor::removeRow(int row)
{
    if (m_shown <= 1 || row < 0 || row >= m_shown)
        return;
    // The rows below move up: what Tab walks stays in the order shown.
    for (int index = row; index + 1 < m_shown; ++index)
        copyRow(m_rows.at(index + 1), m_rows.at(index));
    clearRow(m_rows.at(m_shown - 1));
    showRows(m_shown - 1);
    emit edited();
}

void RfiContactsEditor::showRows(int count)
{
    m_shown = count;
    for (int index = 0; index < m_rows.size(); ++index) {
        m_rows.at(index).widget->setVisible(index < count);
        m_rows.at(index).remove->setEnabled(count > 1);
    }
    m_add->setEnabled(count < kMaxRfiContacts);
}

void RfiContactsEditor::retranslateUi()
{
    m_add->setText(tr("Add &contact"));
    for (const Row &row : std::as_const(m_rows)) {
        row.firstName->setPlaceholderText(tr("First name"));
        row.lastName->setPlaceholderText(tr("Last name"));
        row.locale->setToolTip(tr("The language partners and notices write to this person in"));
        row.notifications->setText(tr("Notices"));
        row.notifications->setToolTip(tr("Send this person e-mail notices about the request, such as when a partner lets it go"));
        row.remove->setText(QStringLiteral("✕"));
        row.remove->setToolTip(tr("Remove this contact"));
    }
}

void RfiContactsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd
