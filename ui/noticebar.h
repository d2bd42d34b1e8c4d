#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// A bar above the table that explains what just happened: a refusal, an archived referral, or
// a decision that can still be undone for a few seconds.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    // Shows `text` with an Undo button for `milliseconds`; undoRequested() if it is pressed.
    void showUndo(const QString &text, int milliseconds);
    void dismiss();
    bool canUndo() const { return m_undoTimer.isActive(); }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void undoRequested();
    void undoExpired();

private:
    QLabel *m_label;
    QPushButton *m_undo;
    QPushButton *m_close;
    QTimer m_undoTimer;
};
