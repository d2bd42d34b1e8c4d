#pragma once

#include "importcontroller.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace rd {

// What an import did: how many referrals were new, how many were already there, and each
// rejected record with the reason.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QList<FileImportReport> &reports, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<FileImportReport> m_reports;
    QLabel *m_summary;
    QTableWidget *m_rejected = nullptr;
};

} // namespace rd
