#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

class ReferralStore;

struct ImportRejection
{
    int index = 0; // position of the record in the file, from 0
    QString id;
    QString error;
};

struct ImportReport
{
    int imported = 0;
    int duplicates = 0;
    QList<ImportRejection> rejected;
    // The file could not be read (nothing was stored), or storing stopped part-way (the counts
    // above say what was stored before).
    QString fileError;
};

// Reads Partner Center referral JSON (one object, an array, or a {"value": [...]} list
// response), validates each record on its own and stores the good ones in batches.
class ReferralImporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit ReferralImporter(ReferralStore &store);
    ImportReport importJson(const QByteArray &data, const QDateTime &now, const QString &actor,
                            const Progress &progress = {});

private:
    ReferralStore &m_store;
};
