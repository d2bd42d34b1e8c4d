#include "importcontroller.h"

#include "clock.h"
#include "database.h"
#include "referralstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <limits>

namespace rd {

namespace {

// Lives on the worker thread: everything it opens belongs to that thread.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(ConnectionSpec connection, QStringList files, QDateTime now, const std::atomic<bool> &cancel)
        : m_connection(std::move(connection))
        , m_files(std::move(files))
        , m_now(std::move(now))
        , m_cancel(cancel)
    {
    }

    void run()
    {
        QList<FileImportReport> reports;
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(m_connection, &error);
        for (const QString &file : std::as_const(m_files)) {
            FileImportReport entry{file, {}};
            QFile input(file);
            if (!database) {
                entry.report.fileError = error.message;
            } else if (m_cancel) {
                entry.report.cancelled = true;
            } else if (!input.open(QIODevice::ReadOnly)) {
                entry.report.fileError = QCoreApplication::translate("rd::ImportController", "The file can't be read: you may not have permission to read it.");
            } else {
                emit progress(file, 0, input.size());
                ReferralStore store(*database);
                ReferralImporter importer(store);
                // Read as it is stored: a file of any size costs the memory of one batch.
                entry.report = importer.importFrom(input, m_now, m_connection.session.actor, [&](qint64 done, qint64 total) {
                    emit progress(file, done, total);
                }, &m_cancel);
            }
            reports.append(entry);
        }
        database.reset();
        emit finished(reports);
    }

signals:
    void progress(const QString &file, qint64 done, qint64 total);
    void finished(const QList<FileImportReport> &reports);

private:
    ConnectionSpec m_connection;
    QStringList m_files;
    QDateTime m_now;
    const std::atomic<bool> &m_cancel;
};

// A progress bar holds an int: files are shown in kibibytes.
int kibibytes(qint64 bytes)
{
    return int(qMin<qint64>(bytes / 1024, std::numeric_limits<int>::max()));
}

} // namespace

ImportTotals importTotals(const QList<FileImportReport> &reports)
{
    ImportTotals totals;
    for (const FileImportReport &entry : reports) {
        totals.imported += entry.report.imported;
        totals.duplicates += entry.report.duplicates;
        totals.rejected += entry.report.rejectedCount;
        totals.rejectedShown += int(entry.report.rejected.size());
        totals.archivedAtOnce += entry.report.archivedAtOnce;
        totals.cancelled = totals.cancelled || entry.report.cancelled;
        for (auto it = entry.report.byStatus.cbegin(); it != entry.report.byStatus.cend(); ++it)
            totals.byStatus[it.key()] += it.value();
    }
    return totals;
}

std::optional<Tab> ImportTotals::busiestTab() const
{
    std::optional<Tab> busiest;
    int most = 0;
    for (Tab tab : allTabs()) {
        int count = 0;
        for (Status status : statusesIn(tab))
            count += byStatus.value(status);
        if (count > most) { // the earlier tab wins a tie: New before Archived
            most = count;
            busiest = tab;
        }
    }
    return busiest;
}

ImportController::ImportController(const ConnectionSpec &connection, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_connection(connection)
    , m_clock(clock)
    , m_window(window)
{
    qRegisterMetaType<QList<FileImportReport>>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportController::importFiles(const QStringList &files)
{
    if (m_thread || files.isEmpty())
        return;
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing referrals"));
    m_progress->setCancelButtonText(tr("Stop importing"));
    // What is stored stays stored: the import ends after the batch at hand.
    m_cancel = false;
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setRange(0, 0);

    m_thread = new QThread(this);
    auto *worker = new ImportWorker(m_connection, files, m_clock.now(), m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progress, this, &ImportController::showProgress);
    connect(worker, &ImportWorker::finished, this, &ImportController::done);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void ImportController::cancel()
{
    m_cancel = true;
    if (m_progress) {
        m_progress->setLabelText(tr("Stopping after the referrals being stored…"));
        m_progress->setCancelButton(nullptr);
    }
}

void ImportController::showProgress(const QString &file, qint64 done, qint64 total)
{
    if (!m_progress || m_cancel)
        return;
    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, kibibytes(total));
    m_progress->setValue(kibibytes(done));
}

void ImportController::done(const QList<FileImportReport> &reports)
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    emit finished(reports);
}

} // namespace rd

#include "importcontroller.moc"
