#pragma once

#include "outboxsender.h"
#include "workspace.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rd {

class BackgroundConnection;
class MailSettingsDialog;
class OutboxModel;

// The outbox: every e-mail the programme wrote (alerts, customer notices, reminders), of one
// status or all, with what became of it. Send now delivers what is due on a connection and
// thread of its own, so the window stays live while a server takes its time; a failed message
// goes back in the queue with Retry. It follows what other connections commit.
class OutboxWindow : public QWidget
{
    Q_OBJECT
public:
    OutboxWindow(const Workspace &workspace, QWidget *parent);
    ~OutboxWindow() override;

    QTableView *table() const { return m_table; }
    OutboxModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_filter; }
    QPushButton *sendNowButton() const { return m_sendNow; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *mailSettingsButton() const { return m_settingsButton; }
    QAction *retryAction() const { return m_retry; }
    // The Mail settings dialog while it is open.
    MailSettingsDialog *mailSettingsDialog() const;
    bool isSending() const { return m_sending; }
    // What the last Send now, Retry or read came to.
    QString statusText() const;

public slots:
    void sendNow();
    // Puts the selected failed message back in the queue.
    void retrySelected();
    void showMailSettings();
    void reload();

signals:
    // A Send now round ended (the window shows what it came to).
    void sendingFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createLayout();
    void finishSending(const SendSummary &summary);
    void updateActions();
    void updatePendingCount();
    // The id of the selected message, or 0.
    qint64 selectedId() const;
    void selectId(qint64 id);
    void retranslateUi();
    void rememberGeometry() const;

    Workspace m_workspace;
    OutboxModel *m_model;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTableView *m_table;
    QAction *m_retry;
    QPushButton *m_retryButton;
    QPushButton *m_sendNow;
    QPushButton *m_settingsButton;
    QPushButton *m_close;
    QProgressBar *m_busy;
    QLabel *m_pending;
    QLabel *m_status;
    QPointer<MailSettingsDialog> m_settingsDialog;
    bool m_sending = false;
    // Last, so that it goes first: a round in progress ends before the window is torn down.
    std::unique_ptr<BackgroundConnection> m_worker;
};

} // namespace rd
