#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

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
    retranslateUi();
}

void ImportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Import finished"));
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    for (const FileImportReport &entry : std::as_const(m_reports)) {
        imported += entry.report.imported;
        duplicates += entry.report.duplicates;
        rejected += int(entry.report.rejected.size());
    }
    m_summary->setText(tr("%n referral(s) imported.", nullptr, imported) + QLatin1Char(' ')
                       + tr("%n already there (duplicates).", nullptr, duplicates) + QLatin1Char(' ')
                       + tr("%n rejected.", nullptr, rejected));
    if (m_rejected)
        m_rejected->setHorizontalHeaderLabels({tr("File"), tr("Record"), tr("Id"), tr("Why it was rejected")});
}

void ImportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
