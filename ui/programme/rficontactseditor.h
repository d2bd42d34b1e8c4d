#pragma once

#include "referral.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rd {

// The customer's contacts in an RFI: one to kMaxRfiContacts people, each with a name, an
// e-mail address, the language they are written to in, and whether they want notices. Every
// row is made up front so that Tab walks them in order; the first one is always there.
class RfiContactsEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRfiContacts = 5;

    explicit RfiContactsEditor(QWidget *parent);

    // The contacts of the rows shown, as typed (trimmed).
    QList<Contact> contacts() const;
    int rowCount() const { return m_shown; }
    // The language new rows start with: "ko" or "en".
    void setDefaultLocale(const QString &locale);

    QLineEdit *firstNameEdit(int row) const { return m_rows.at(row).firstName; }
    QLineEdit *lastNameEdit(int row) const { return m_rows.at(row).lastName; }
    QLineEdit *emailEdit(int row) const { return m_rows.at(row).email; }
    QComboBox *localeBox(int row) const { return m_rows.at(row).locale; }
    QCheckBox *notificationsBox(int row) const { return m_rows.at(row).notifications; }
    QPushButton *addButton() const { return m_add; }

public slots:
    void addRow();
    void removeRow(int row);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *firstName;
        QLineEdit *lastName;
        QLineEdit *email;
        QComboBox *locale;
        QCheckBox *notifications;
        QToolButton *remove;
    };
    void clearRow(const Row &row);
    void copyRow(const Row &from, const Row &to);
    void showRows(int count);
    void retranslateUi();

    QList<Row> m_rows;
    QPushButton *m_add;
    int m_shown = 0;
    QString m_defaultLocale = QStringLiteral("en");
};

} // namespace rd
