#include "referralexport.h"

#include "csvwriter.h"
#include "exportcolumns.h"
#include "xlsxsheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>

namespace rd {

namespace {

constexpr int kPageSize = 500;

QString stopped()
{
    return QCoreApplication::translate("Export", "The export was stopped; no file was written.");
}

// Reads the query page by page and hands each referral to `write`; the error when something
// failed or the reader stopped.
QString forEachRow(const ReferralStore &store, ReferralQuery query, const ExportProgress &progress, int *rows,
                   const std::function<QString(const Referral &)> &write)
{
    query.limit = kPageSize;
    query.after.reset();
    for (;;) {
        const Page page = store.page(query);
        if (!store.lastError().isEmpty())
            return store.lastError();
        for (const Referral &referral : page.rows) {
            if (const QString problem = write(referral); !problem.isEmpty())
                return problem;
            ++*rows;
        }
        if (progress && !progress(*rows))
            return stopped();
        if (!page.next)
            return {};
        query.after = page.next;
    }
}

QStringList csvFields(const Referral &referral)
{
    QStringList fields;
    for (const ExportCell &cell : exportCells(referral))
        fields.append(cell.text);
    return fields;
}

ExportResult exportCsv(const ReferralStore &store, const ReferralQuery &query, const QString &path, const ExportProgress &progress)
{
    ExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("Export", "%1 could not be created: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvWriter csv(file);
    csv.writeRecord(exportHeader());
    result.error = forEachRow(store, query, progress, &result.rows, [&](const Referral &referral) {
        return csv.writeRecord(csvFields(referral)) ? QString() : file.errorString();
    });
    if (result.error.isEmpty() && !csv.ok())
        result.error = file.errorString();
    if (result.error.isEmpty() && !file.commit())
        result.error = file.errorString();
    if (!result.error.isEmpty()) {
        file.cancelWriting();
        result.rows = 0;
    }
    return result;
}

ExportResult exportXlsx(const ReferralStore &store, const ReferralQuery &query, const QString &path, const ExportProgress &progress)
{
    ExportResult result;
    // Written beside the target under a temporary name (created owner-only), then renamed
    // over it: a failed export leaves any earlier file as it was.
    const QFileInfo target(path);
    QTemporaryFile part(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    part.setAutoRemove(false);
    if (!part.open()) {
        result.error = QCoreApplication::translate("Export", "%1 could not be created: %2").arg(QDir::toNativeSeparators(path), part.errorString());
        return result;
    }
    const QString partPath = part.fileName();
    part.close();

    XlsxSheet sheet;
    bool written = sheet.open(partPath, QCoreApplication::translate("Export", "Referrals")) && sheet.writeHeader(exportHeader());
    if (!written) {
        result.error = sheet.error();
    } else {
        result.error = forEachRow(store, query, progress, &result.rows, [&](const Referral &referral) {
            if (result.rows >= kMaxWorkbookRows)
                return QCoreApplication::translate("Export", "A worksheet holds at most %L1 referrals; narrow the filter or export CSV.").arg(kMaxWorkbookRows);
            return sheet.writeRow(exportCells(referral)) ? QString() : sheet.error();
        });
        if (!sheet.close() && result.error.isEmpty())
            result.error = sheet.error();
    }
    if (result.error.isEmpty() && std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(path).constData()) != 0)
        result.error = QCoreApplication::translate("Export", "%1 could not be written.").arg(QDir::toNativeSeparators(path));
    if (!result.error.isEmpty()) {
        QFile::remove(partPath);
        result.rows = 0;
    }
    return result;
}

} // namespace

ExportResult exportReferrals(const ReferralStore &store, ReferralQuery query, ExportFormat format, const QString &path,
                             const ExportProgress &progress)
{
    const QFileInfo target(path);
    if (path.isEmpty() || target.isDir()) {
        return ExportResult{0, QCoreApplication::translate("Export", "Name a file to export to.")};
    }
    if (!target.absoluteDir().exists()) {
        return ExportResult{0, QCoreApplication::translate("Export", "The folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath()))};
    }
    return format == ExportFormat::Csv ? exportCsv(store, query, path, progress) : exportXlsx(store, query, path, progress);
}

} // namespace rd
