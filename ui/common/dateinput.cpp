#include "dateinput.h"

#include "displaytext.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace rd {

namespace {

// "2027. 6. 30." is as often typed "2027.6.30": spaces and a final dot are left out.
QString loosely(QString text)
{
    text.remove(QLatin1Char(' '));
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

std::optional<QDate> parseDate(const QString &typed, const QLocale &locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const QDate iso = QDate::fromString(text, Qt::ISODate); iso.isValid())
        return iso;
    if (const QDate date = locale.toDate(loosely(text), loosely(DisplayText::dateFormat(locale))); date.isValid())
        return date;
    // A two-digit year means this century: Qt reads "27" as 1927.
    if (const QDate date = locale.toDate(loosely(text), loosely(locale.dateFormat(QLocale::ShortFormat))); date.isValid())
        return date.year() < 2000 ? date.addYears(100) : date;
    return std::nullopt;
}

} // namespace

DateInput::DateInput(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendar(new QToolButton(this))
{
    m_calendar->setObjectName(QStringLiteral("calendarButton"));
    m_calendar->setText(QStringLiteral("…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendar);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateInput::changed);
    connect(m_calendar, &QToolButton::clicked, this, &DateInput::showCalendar);
    retranslateUi();
}

void DateInput::setDate(const QDate &date)
{
    m_edit->setText(DisplayText::date(date, m_locale));
}

std::optional<QDate> DateInput::date() const
{
    return parseDate(m_edit->text(), m_locale);
}

QString DateInput::problem() const
{
    if (m_edit->text().trimmed().isEmpty())
        return tr("Enter the date.");
    if (!date()) {
        return tr("“%1” is not a date: write it as %2.")
            .arg(m_edit->text().trimmed(), DisplayText::date(QDate(2027, 6, 30), m_locale));
    }
    return {};
}

void DateInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateInput::retranslateUi()
{
    // A date already typed is written again in the new language's format.
    const std::optional<QDate> typed = date();
    m_locale = QLocale();
    if (typed)
        setDate(*typed);
    m_edit->setPlaceholderText(DisplayText::date(QDate(2027, 6, 30), m_locale));
    m_calendar->setToolTip(tr("Choose the date in a calendar"));
}

void DateInput::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setLocale(m_locale);
    if (const std::optional<QDate> typed = date())
        calendar->setSelectedDate(*typed);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    calendar->setFocus();
    menu.exec(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
}

} // namespace rd
