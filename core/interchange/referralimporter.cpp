#include "referralimporter.h"

#include "jsonrecordstream.h"
#include "partnercenterjson.h"
#include "referralstore.h"

#include <QBuffer>
#include <QIODevice>

namespace rd {

namespace {

constexpr int kBatchSize = 500;

} // namespace

ReferralImporter::ReferralImporter(ReferralStore &store)
    : m_store(store)
{
}

ImportReport ReferralImporter::importJson(const QByteArray &data, const QDateTime &now, const QString &actor,
                                          const Progress &progress)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, now, actor, progress);
}

ImportReport ReferralImporter::importFrom(QIODevice &input, const QDateTime &now, const QString &actor,
                                          const Progress &progress, const std::atomic<bool> *cancel)
{
    ImportReport report;
    const qint64 total = input.isSequential() ? 0 : input.size();
    JsonRecordStream stream(input);
    QList<Referral> batch;
    const auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        const InsertResult stored = m_store.insert(batch, now, actor, InsertMode::ArchiveOverdue);
        batch.clear();
        if (!stored.error.isEmpty()) {
            report.fileError = stored.error;
            return false;
        }
        for (qsizetype i = 0; i < stored.inserted.size(); ++i) {
            if (!stored.inserted.at(i)) {
                ++report.duplicates;
                continue;
            }
            ++report.imported;
            ++report.byStatus[stored.storedAs.at(i)];
        }
        report.archivedAtOnce += stored.archivedAtOnce;
        if (progress)
            progress(stream.bytesRead(), total);
        return !(cancel && *cancel);
    };

    const bool complete = stream.read([&](int index, const JsonNode &record) {
        ParsedReferral parsed = parsePartnerCenterReferral(record, now);
        if (parsed.referral) {
            batch.append(std::move(*parsed.referral));
        } else {
            ++report.rejectedCount;
            if (report.rejected.size() < kMaxRejectionsKept)
                report.rejected.append(ImportRejection{index, parsed.id, parsed.error});
        }
        return batch.size() < kBatchSize || flush();
    });
    if (!complete && stream.stopped()) {
        // Stopped after a stored batch: by a storage failure (said in fileError) or a cancel.
        report.cancelled = report.fileError.isEmpty();
        return report;
    }
    if (!complete)
        report.fileError = stream.error();
    // Records read before a fault in the input are whole and valid: they are stored too.
    flush();
    return report;
}

} // namespace rd
