#include "exportrunner.h"

#include "backgroundconnection.h"
#include "database.h"
#include "referralstore.h"

#include <QProgressDialog>
#include <QWidget>

namespace rd {

ExportRunner::ExportRunner(const ConnectionSpec &connection, const DeadlinePolicy &policy, QWidget *window)
    : QObject(window)
    , m_policy(policy)
    , m_window(window)
    , m_worker(std::make_unique<BackgroundConnection>(connection, QStringLiteral("referral-export")))
{
}

ExportRunner::~ExportRunner()
{
    if (m_cancel)
        *m_cancel = true;
}

QProgressDialog *ExportRunner::progressDialog() const
{
    return m_progress;
}

void ExportRunner::start(const ReferralQuery &query, ExportFormat format, const QString &path, int expectedRows)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setLabelText(tr("Writing %1…").arg(path));
    m_progress->setRange(0, qMax(0, expectedRows));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    m_progress->show();

    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const DeadlinePolicy policy = m_policy;
    // The runner outlives the job (its worker waits for it), and a queued call to an object
    // that is gone is dropped: the worker may name it.
    m_worker->run(
        [this, query, format, path, policy, cancel](Database *database, const QString &openError) {
            if (!database)
                return ExportResult{0, openError};
            ReferralStore store(*database, policy);
            return exportReferrals(store, query, format, path, [this, cancel](int rows) {
                QMetaObject::invokeMethod(this, [this, rows] { showProgress(rows); }, Qt::QueuedConnection);
                return !*cancel;
            });
        },
        [this, path](ExportResult result) {
            m_running = false;
            if (m_progress)
                m_progress->deleteLater();
            emit finished(result, path);
        });
}

void ExportRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ExportRunner::showProgress(int rows)
{
    if (!m_progress)
        return;
    if (m_progress->maximum() > 0)
        m_progress->setValue(qMin(rows, m_progress->maximum()));
    m_progress->setLabelText(tr("%n referral(s) written…", nullptr, rows));
}

} // namespace rd
