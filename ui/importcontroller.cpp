#include "importcontroller.h"

#include "clock.h"
#include "database.h"
#include "referralstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace {

// Lives on the worker thread: everything it opens belongs to that thread.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(QString databasePath, QStringList files, QDateTime now, QString actor)
        : m_databasePath(std::move(databasePath))
        , m_files(std::move(files))
        , m_now(std::move(now))
        , m_actor(std::move(actor))
    {
    }

    void run()
    {
        QList<FileImportReport> reports;
        DatabaseError error;
        std::unique_ptr<Database> database = Database::openSqlite(m_databasePath, &error);
        for (const QString &file : std::as_const(m_files)) {
            FileImportReport entry{file, {}};
            QFile input(file);
            if (!database) {
                entry.report.fileError = error.message;
            } else if (!input.open(QIODevice::ReadOnly)) {
                entry.report.fileError = QCoreApplication::translate("ImportController", "The file can't be read: %1").arg(input.errorString());
            } else {
                emit progress(file, 0, 0);
                ReferralStore store(*database);
                ReferralImporter importer(store);
                entry.report = importer.importJson(input.readAll(), m_now, m_actor, [&](int done, int total) {
                    emit progress(file, done, total);
                });
            }
            reports.append(entry);
        }
        database.reset();
        emit finished(reports);
    }

signals:
    void progress(const QString &file, int done, int total);
    void finished(const QList<FileImportReport> &reports);

private:
    QString m_databasePath;
    QStringList m_files;
    QDateTime m_now;
    QString m_actor;
};

} // namespace

ImportController::ImportController(const QString &databasePath, const Clock &clock, const QString &actor, QWidget *window)
    : QObject(window)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_actor(actor)
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
    m_progress->setCancelButton(nullptr);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setRange(0, 0);

    m_thread = new QThread(this);
    auto *worker = new ImportWorker(m_databasePath, files, m_clock.now(), m_actor);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progress, this, &ImportController::showProgress);
    connect(worker, &ImportWorker::finished, this, &ImportController::done);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void ImportController::showProgress(const QString &file, int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
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

#include "importcontroller.moc"
