#pragma once

#include "connectionspec.h"
#include "referralimporter.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace rd {

class Clock;

struct FileImportReport
{
    QString file;
    ImportReport report;
};

// What all the files of one import did together.
struct ImportTotals
{
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    int rejectedShown = 0;
    int archivedAtOnce = 0;
    QHash<Status, int> byStatus;
    bool cancelled = false;

    // The tab to show afterwards: where most of the new referrals are now.
    std::optional<Tab> busiestTab() const;
};
ImportTotals importTotals(const QList<FileImportReport> &reports);

// Imports files on a worker thread with its own database connection, so that a long import
// neither freezes the window nor holds the window's connection; a progress dialog follows it.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // Each import opens another connection like `connection`, as its session.
    ImportController(const ConnectionSpec &connection, const Clock &clock, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void importFiles(const QStringList &files);
    // Ends the import after the batch being stored; what is stored stays stored.
    void cancel();

signals:
    void finished(const QList<FileImportReport> &reports);

private:
    void showProgress(const QString &file, qint64 done, qint64 total);
    void done(const QList<FileImportReport> &reports);

    ConnectionSpec m_connection;
    const Clock &m_clock;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::atomic<bool> m_cancel = false;
};

} // namespace rd

Q_DECLARE_METATYPE(QList<rd::FileImportReport>)
