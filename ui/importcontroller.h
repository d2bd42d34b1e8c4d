#pragma once

#include "referralimporter.h"

#include <QObject>
#include <QPointer>

class Clock;
class QProgressDialog;
class QThread;
class QWidget;

struct FileImportReport
{
    QString file;
    ImportReport report;
};
Q_DECLARE_METATYPE(QList<FileImportReport>)

// Imports files on a worker thread with its own database connection, so that a long import
// neither freezes the window nor holds the window's connection; a progress dialog follows it.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(const QString &databasePath, const Clock &clock, const QString &actor, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void importFiles(const QStringList &files);

signals:
    void finished(const QList<FileImportReport> &reports);

private:
    void showProgress(const QString &file, int done, int total);
    void done(const QList<FileImportReport> &reports);

    QString m_databasePath;
    const Clock &m_clock;
    QString m_actor;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
};
