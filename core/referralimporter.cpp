#include "referralimporter.h"

#include "partnercenterjson.h"
#include "referralstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kBatchSize = 500;

QString parseErrorMessage(const QByteArray &data, const QJsonParseError &error)
{
    const QByteArray before = data.left(error.offset);
    const int line = before.count('\n') + 1;
    const int column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("ReferralImporter", "The file is not valid JSON: %1 at line %2, column %3.")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

} // namespace

ReferralImporter::ReferralImporter(ReferralStore &store)
    : m_store(store)
{
}

ImportReport ReferralImporter::importJson(const QByteArray &data, const QDateTime &now, const QString &actor,
                                          const Progress &progress)
{
    ImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.fileError = parseErrorMessage(data, parseError);
        return report;
    }

    QJsonArray records;
    if (document.isArray()) {
        records = document.array();
    } else if (document.isObject() && document.object().contains(QStringLiteral("value"))) {
        const QJsonValue value = document.object().value(QStringLiteral("value"));
        if (!value.isArray()) {
            report.fileError = QCoreApplication::translate("ReferralImporter", "The file's \"value\" field must be a list of referrals.");
            return report;
        }
        records = value.toArray();
    } else if (document.isObject()) {
        records.append(document.object());
    } else {
        report.fileError = QCoreApplication::translate("ReferralImporter", "The file holds no referral: expected an object, a list, or a {\"value\": [...]} response.");
        return report;
    }

    const int total = records.size();
    QList<Referral> batch;
    const auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        const InsertResult stored = m_store.insert(batch, now, actor);
        if (!stored.error.isEmpty()) {
            report.fileError = stored.error;
            return false;
        }
        for (bool inserted : stored.inserted)
            ++(inserted ? report.imported : report.duplicates);
        batch.clear();
        return true;
    };

    for (int index = 0; index < total; ++index) {
        ParsedReferral parsed = parsePartnerCenterReferral(records.at(index), now);
        if (parsed.referral)
            batch.append(*parsed.referral);
        else
            report.rejected.append(ImportRejection{index, parsed.id, parsed.error});
        if (batch.size() >= kBatchSize || index + 1 == total) {
            if (!flush())
                return report;
            if (progress)
                progress(index + 1, total);
        }
    }
    return report;
}
