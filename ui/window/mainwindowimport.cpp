// MainWindow: what comes into the window, as files chosen or dropped and as sample referrals.
#include "mainwindow.h"

#include "importcontroller.h"
#include "clock.h"
#include "deadlinealerts.h"
#include "importreportdialog.h"
#include "noticebar.h"
#include "referraltabpage.h"
#include "samplereferrals.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QTabWidget>

namespace rd {

namespace {

constexpr int kSampleCount = 200;

bool isJsonFile(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import referrals"), QString(),
                                                            tr("Partner Center referrals (*.json);;All files (*)"));
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (m_import->isRunning()) {
        m_notices->showMessage(tr("An import is still running; drop the files again when it has finished."), NoticeBar::Kind::Warning);
        return;
    }
    m_import->importFiles(files);
}

void MainWindow::importFinished(const QList<FileImportReport> &reports)
{
    const ImportTotals totals = importTotals(reports);
    reloadAll();
    rescheduleDeadlines();
    m_alerts->announceNew(totals.byStatus.value(Status::New));
    if (const std::optional<Tab> tab = totals.busiestTab())
        m_tabs->setCurrentIndex(int(*tab));
    auto *dialog = new ImportReportDialog(reports, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::loadSamples()
{
    if (!showsEmptyState()) {
        m_notices->showMessage(tr("Sample referrals can be loaded only into an empty database, so that they never mix with real ones."),
                               NoticeBar::Kind::Warning);
        return;
    }
    const QDateTime now = m_clock.now();
    // Numbered after what is there, so that loading samples again adds new ones.
    int firstIndex = 0;
    for (int count : m_store.countsByTab())
        firstIndex += count;
    const SampleBatch samples = sampleBatch(kSampleCount, now, quint32(now.toSecsSinceEpoch()), firstIndex);
    const InsertResult result = m_store.insert(samples.referrals, now, m_user, InsertMode::AsGiven, samples.stories);
    if (!result.error.isEmpty()) {
        m_notices->showMessage(result.error, NoticeBar::Kind::Error);
        return;
    }
    rescheduleDeadlines();
    const int loaded = static_cast<int>(result.inserted.count(true));
    m_notices->showMessage(tr("%n sample referral(s) loaded.", nullptr, loaded));
}

void MainWindow::askToRemoveSamples()
{
    const int samples = m_store.sampleCount();
    if (samples == 0)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove sample referrals"),
                                     tr("Remove all %n sample referral(s) with their history? Imported referrals stay as they are.", nullptr, samples),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("removeSamplesQuestion"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int button) {
        if (button == QMessageBox::Yes)
            removeSamples();
    });
    question->open();
}

void MainWindow::removeSamples()
{
    const RemovalResult result = m_store.removeSamples();
    if (!result.error.isEmpty()) {
        m_notices->showMessage(result.error, NoticeBar::Kind::Error);
        return;
    }
    reloadAll();
    rescheduleDeadlines();
    m_notices->showMessage(tr("%n sample referral(s) removed.", nullptr, result.removed));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), isJsonFile))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isJsonFile(url))
            files.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace rd
