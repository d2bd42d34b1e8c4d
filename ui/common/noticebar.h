#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace rd {

class Clock;

// A bar above the table that explains what just happened: a refusal, an archived referral, or
// a decision that can still be undone for a few seconds.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit NoticeBar(const Clock &clock, QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    // Shows `text` with an Undo button that counts down to `until`; undoRequested() if it is
    // pressed.
    void showUndo(const QString &text, const QDateTime &until);
    // Shows `text` with a Details button; detailsRequested() if it is pressed.
    void showWithDetails(const QString &text, Kind kind);
    void dismiss();
    bool canUndo() const;
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void undoRequested();
    void detailsRequested();
    void undoExpired();

private:
    // The clock decides, not the timer: a timer only asks it again every so often.
    void updateCountdown();

    const Clock &m_clock;
    QDateTime m_undoUntil;
    QLabel *m_label;
    QPushButton *m_undo;
    QPushButton *m_details;
    QPushButton *m_close;
    QTimer m_countdown;
};

} // namespace rd
