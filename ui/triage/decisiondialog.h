#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rd {

// What the triage dialogs share: an introduction, the fields, a line that says what is wrong
// with them, and OK/Cancel; everything is written again when the language changes.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *okButton() const;
    // What the problem line says now.
    QString problem() const;

protected:
    DecisionDialog(const QString &objectName, QWidget *parent);

    void setIntro(const QString &text);
    // Labelled fields go in the form, anything else in the body above it.
    QFormLayout *form();
    QVBoxLayout *body() const { return m_body; }
    // Says why the values can't be used, or nothing; OK is enabled only when nothing is wrong.
    void setProblem(const QString &problem);
    // For a dialog that says some problems in its own place: `acceptable` alone decides OK.
    void showProblem(const QString &problem, bool acceptable);

    virtual void retranslateUi() = 0;
    // OK closes the dialog as accepted, unless the dialog waits for someone to apply it.
    virtual void submit();
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_intro;
    QVBoxLayout *m_body;
    QFormLayout *m_form = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
