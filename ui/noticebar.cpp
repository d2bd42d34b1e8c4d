#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    m_undoTimer.setSingleShot(true);
    connect(m_undo, &QPushButton::clicked, this, &NoticeBar::undoRequested);
    connect(m_close, &QPushButton::clicked, this, &NoticeBar::dismiss);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_undo->hide();
        emit undoExpired();
    });
    hide();
    m_undo->setText(tr("Undo"));
    m_close->setText(tr("Dismiss"));
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_undo->setText(tr("Undo"));
        m_close->setText(tr("Dismiss"));
    }
    QFrame::changeEvent(event);
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    m_undoTimer.stop();
    m_undo->hide();
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

void NoticeBar::showUndo(const QString &text, int milliseconds)
{
    showMessage(text);
    m_undo->show();
    m_undoTimer.start(milliseconds);
}

void NoticeBar::dismiss()
{
    m_undoTimer.stop();
    hide();
}

QString NoticeBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}
