#include "typing.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace rd {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80)
            QTest::keyClick(widget, character.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

void retypeText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

MessageBoxAnswer::MessageBoxAnswer(QMessageBox::StandardButton button)
{
    m_poll.callOnTimeout([this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_poll.stop();
        asked = true;
        text = box->text();
        offered = box->standardButtons();
        (box->button(button) ? box->button(button) : box->button(QMessageBox::Cancel))->click();
    });
    m_poll.start(10);
}

} // namespace rd
