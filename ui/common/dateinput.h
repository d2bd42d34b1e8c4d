#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QLineEdit;
class QToolButton;

namespace rd {

// A date typed as text in the UI's format (6/30/2027, 2027. 6. 30.) or ISO 8601 (2027-06-30),
// or picked from a calendar. What is typed is taken as it is or refused with a reason; unlike
// QDateEdit, no minimum date rewrites a month while it is being typed.
class DateInput : public QWidget
{
    Q_OBJECT
public:
    explicit DateInput(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    std::optional<QDate> date() const;
    // Why the text is not a date; empty when it is one.
    QString problem() const;
    QLineEdit *edit() const { return m_edit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendar;
    QLocale m_locale;
};

} // namespace rd
