#include "noticebar.h"

#include "clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd {

NoticeBar::NoticeBar(const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(clock)
    , m_label(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_details(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_details);
    layout->addWidget(m_close);
    m_countdown.setInterval(250);
    connect(m_undo, &QPushButton::clicked, this, &NoticeBar::undoRequested);
    connect(m_details, &QPushButton::clicked, this, &NoticeBar::detailsRequested);
    connect(m_close, &QPushButton::clicked, this, &NoticeBar::dismiss);
    connect(&m_countdown, &QTimer::timeout, this, &NoticeBar::updateCountdown);
    hide();
    m_close->setText(tr("Dismiss"));
    m_details->setText(tr("Details…"));
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setText(tr("Dismiss"));
        m_details->setText(tr("Details…"));
        if (m_countdown.isActive())
            updateCountdown();
    }
    QFrame::changeEvent(event);
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    m_countdown.stop();
    m_undoUntil = QDateTime();
    m_undo->hide();
    m_details->hide();
    m_label->setText(text);
    switch (kind) {
    case Kind::Information:
        setStyleSheet(QStringLiteral("#noticeBar { background: #e8f1fb; }"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("#noticeBar { background: #fff4e5; }"));
        break;
    case Kind::Error:
        setStyleSheet(QStringLiteral("#noticeBar { background: #fdecea; }"));
        break;
    }
    show();
}

void NoticeBar::showUndo(const QString &text, const QDateTime &until)
{
    showMessage(text);
    m_undoUntil = until;
    m_undo->show();
    m_countdown.start();
    updateCountdown();
}

void NoticeBar::showWithDetails(const QString &text, Kind kind)
{
    showMessage(text, kind);
    m_details->show();
}

bool NoticeBar::canUndo() const
{
    return m_undoUntil.isValid() && m_clock.now() < m_undoUntil;
}

void NoticeBar::updateCountdown()
{
    if (!canUndo()) {
        m_countdown.stop();
        m_undoUntil = QDateTime();
        m_undo->hide();
        emit undoExpired();
        return;
    }
    // Rounded up: the button never says 0 while it still works.
    const int seconds = int((m_clock.now().msecsTo(m_undoUntil) + 999) / 1000);
    m_undo->setText(tr("Undo (%1 s)").arg(seconds));
}

void NoticeBar::dismiss()
{
    const bool couldUndo = m_countdown.isActive();
    m_countdown.stop();
    m_undoUntil = QDateTime();
    hide();
    if (couldUndo)
        emit undoExpired();
}

QString NoticeBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace rd
