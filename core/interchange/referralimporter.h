#pragma once

#include "status.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace rd {

class ReferralStore;

struct ImportRejection
{
    int index = 0; // position of the record in the input, from 0 (the window counts the same)
    QString id;    // empty when the record has no id that could be stored or printed
    QString error;
};

struct ImportReport
{
    int imported = 0;
    int duplicates = 0;
    // The first kMaxRejectionsKept rejections in detail; rejectedCount counts them all.
    QList<ImportRejection> rejected;
    int rejectedCount = 0;
    // What the imported referrals are now, and how many of them were archived on arrival
    // because their deadline had already passed (their customers will be told).
    QHash<Status, int> byStatus;
    int archivedAtOnce = 0;
    // The input could not be read to its end, or storing stopped part-way; the counts above
    // say what was stored before.
    QString fileError;
    bool cancelled = false;
};

// Reads Partner Center referral JSON (one object, an array, or a {"value": [...]} list
// response) one record at a time, validates each on its own and stores the good ones in
// batches, each one transaction. Memory does not grow with the input.
class ReferralImporter
{
public:
    static constexpr int kMaxRejectionsKept = 10000;
    // bytes read so far, and the input's size (0 when it is not known, as on a pipe)
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ReferralImporter(ReferralStore &store);
    // `cancel` ends the import after the batch at hand; what was stored stays stored.
    ImportReport importFrom(QIODevice &input, const QDateTime &now, const QString &actor,
                            const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
    ImportReport importJson(const QByteArray &data, const QDateTime &now, const QString &actor,
                            const Progress &progress = {});

private:
    ReferralStore &m_store;
};

} // namespace rd
