#pragma once

#include "importcontroller.h"

#include <QDialog>

// What an import did: how many referrals were new, how many were already there, and each
// rejected record with the reason.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QList<FileImportReport> &reports, QWidget *parent = nullptr);
};
