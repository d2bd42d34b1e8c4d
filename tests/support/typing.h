#pragma once

#include <QMessageBox>
#include <QString>
#include <QTimer>

class QLineEdit;
class QWidget;

namespace rd {

// Keys as a person types them into `widget`; characters beyond ASCII (Hangul) arrive as the
// text of an unknown key, as an input method commits them.
void typeText(QWidget *widget, const QString &text);
// Selects what the line edit holds, erases it and types `text`.
void retypeText(QLineEdit *edit, const QString &text);

// Answers the next message box with `button` as soon as one is shown modally, and keeps what it
// asked and offered; it stops waiting when it goes. A button the box does not offer is answered
// with Cancel, which the test sees in `offered`.
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button);

    bool asked = false;
    QString text;
    QMessageBox::StandardButtons offered;

private:
    QTimer m_poll;
};

} // namespace rd
