#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

ImportReportDialog::ImportReportDialog(const QList<FileImportReport> &reports, QWidget *parent)
    : QDialog(parent)
    , m_reports(reports)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    int rejected = 0;
    QStringList fileErrors;
    for (const FileImportReport &entry : reports) {
        rejected += int(entry.report.rejected.size());
        if (!entry.report.fileError.isEmpty())
            fileErrors.append(QStringLiteral("%1: %2").arg(QFileInfo(entry.file).fileName(), entry.report.fileError));
    }

    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    for (const QString &error : std::as_const(fileErrors)) {
        auto *label = new QLabel(error, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b01c1c"));
        layout->addWidget(label);
    }

    if (rejected > 0) {
        auto *table = new QTableWidget(rejected, 4, this);
        m_rejected = table;
        table->setObjectName(QStringLiteral("rejected"));
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        int row = 0;
        for (const FileImportReport &entry : reports) {
            for (const ImportRejection &rejection : entry.report.rejected) {
                table->setItem(row, 0, new QTableWidgetItem(QFileInfo(entry.file).fileName()));
                // Numbered as the command line numbers them, so that both reports point at one record.
                table->setItem(row, 1, new QTableWidgetItem(QString::number(rejection.index)));
                table->setItem(row, 2, new QTableWidgetItem(rejection.id));
                table->setItem(row, 3, new QTableWidgetItem(rejection.error));
                ++row;
            }
        }
        table->horizontalHeader()->setStretchLastSection(true);
        table->resizeColumnsToContents();
        layout->addWidget(table);
        resize(760, 420);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    retranslateUi();
}

void ImportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Import finished"));
    const ImportTotals totals = importTotals(m_reports);
    QStringList lines;
    lines.append(tr("%n referral(s) imported.", nullptr, totals.imported) + QLatin1Char(' ')
                 + tr("%n already there (duplicates).", nullptr, totals.duplicates) + QLatin1Char(' ')
                 + tr("%n rejected.", nullptr, totals.rejected));
    QStringList arrived;
    for (Status status : allStatuses()) {
        if (const int count = totals.byStatus.value(status))
            arrived.append(tr("%1: %2").arg(statusTitle(status), QLocale().toString(count)));
    }
    if (!arrived.isEmpty())
        lines.append(tr("Now in each status: %1.").arg(arrived.join(QStringLiteral(", "))));
    if (totals.archivedAtOnce > 0)
        lines.append(tr("%n arrived after its deadline and was archived at once; the customer will be told to choose another partner.",
                        nullptr, totals.archivedAtOnce));
    if (totals.rejected > totals.rejectedShown)
        lines.append(tr("The first %1 rejected records are listed below.").arg(QLocale().toString(totals.rejectedShown)));
    if (totals.cancelled)
        lines.append(tr("The import was stopped; the referrals stored until then stay stored. Import the file again to add the rest: what is already there counts as duplicates."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (m_rejected) {
        m_rejected->setHorizontalHeaderLabels({tr("File"), tr("Record"), tr("Id"), tr("Why it was rejected")});
        m_rejected->horizontalHeaderItem(1)->setToolTip(tr("The record's position in the file, counted from 0 as the command line counts it."));
    }
}

void ImportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd
