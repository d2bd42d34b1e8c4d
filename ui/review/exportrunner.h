#pragma once

#include "connectionspec.h"
#include "deadlinepolicy.h"
#include "referralexport.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace rd {

class BackgroundConnection;

// Writes the referrals of a query to a file on a thread and connection of its own, so that a
// large export never freezes the window; a progress dialog follows it and Cancel stops it
// after the page at hand (the file is then not written at all).
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    ExportRunner(const ConnectionSpec &connection, const DeadlinePolicy &policy, QWidget *window);
    ~ExportRunner() override;

    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const;

public slots:
    // `expectedRows` sizes the progress bar (0: unknown, it just moves).
    void start(const ReferralQuery &query, ExportFormat format, const QString &path, int expectedRows);
    void cancel();

signals:
    void finished(const ExportResult &result, const QString &path);

private:
    void showProgress(int rows);

    DeadlinePolicy m_policy;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    // Last, so that it goes first: an export in progress ends before the rest is torn down.
    std::unique_ptr<BackgroundConnection> m_worker;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ExportResult)
