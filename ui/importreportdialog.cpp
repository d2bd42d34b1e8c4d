#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ImportReportDialog::ImportReportDialog(const QList<FileImportReport> &reports, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import finished"));
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    QStringList fileErrors;
    for (const FileImportReport &entry : reports) {
        imported += entry.report.imported;
        duplicates += entry.report.duplicates;
        rejected += int(entry.report.rejected.size());
        if (!entry.report.fileError.isEmpty())
            fileErrors.append(QStringLiteral("%1: %2").arg(QFileInfo(entry.file).fileName(), entry.report.fileError));
    }

    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setText(tr("%n referral(s) imported.", nullptr, imported) + QLatin1Char(' ')
                     + tr("%n already there (duplicates).", nullptr, duplicates) + QLatin1Char(' ')
                     + tr("%n rejected.", nullptr, rejected));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    for (const QString &error : std::as_const(fileErrors)) {
        auto *label = new QLabel(error, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b01c1c"));
        layout->addWidget(label);
    }

    if (rejected > 0) {
        auto *table = new QTableWidget(rejected, 4, this);
        table->setObjectName(QStringLiteral("rejected"));
        table->setHorizontalHeaderLabels({tr("File"), tr("Record"), tr("Id"), tr("Why it was rejected")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        int row = 0;
        for (const FileImportReport &entry : reports) {
            for (const ImportRejection &rejection : entry.report.rejected) {
                table->setItem(row, 0, new QTableWidgetItem(QFileInfo(entry.file).fileName()));
                table->setItem(row, 1, new QTableWidgetItem(QString::number(rejection.index + 1)));
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
}
