#include "jsonrecords.h"
#include "partnercenterjson.h"
#include "partnercenterwriter.h"
#include "samplereferrals.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-06-01T09:00:00Z");

} // namespace

// What the benchmark imports is what Partner Center sends: a written record reads back, through
// the importer's own parser, as the referral it was written from.
class TestPartnerCenterWriter : public QObject
{
    Q_OBJECT

private slots:
    void everySampleReadsBackAsItWasWritten()
    {
        int written = 0;
        for (const Referral &sample : sampleReferrals(300, kNow, 7)) {
            const std::optional<QJsonObject> record = partnerCenterRecord(sample);
            QCOMPARE(record.has_value(), sample.status != Status::Evaluating && sample.status != Status::Skipped
                                             && sample.status != Status::Missed);
            if (!record)
                continue;
            ++written;
            // Through text, as a file holds it.
            const QByteArray text = QJsonDocument(*record).toJson(QJsonDocument::Compact);
            const ParsedReferral parsed = parsePartnerCenterReferral(jsonRecord(text), kNow);
            QVERIFY2(parsed.referral, qPrintable(sample.id + QStringLiteral(": ") + parsed.error));
            const Referral &back = *parsed.referral;
            QCOMPARE(back.id, sample.id);
            QCOMPARE(back.status, sample.status);
            QCOMPARE(back.name, sample.name);
            QCOMPARE(back.receivedAt, sample.receivedAt);
            QCOMPARE(back.customer, sample.customer);
            QCOMPARE(back.details.notes, sample.details.notes);
            QCOMPARE(back.details.requirements, sample.details.requirements);
            QCOMPARE(back.consentToContact, sample.consentToContact);
            if (sample.status == Status::New)
                QCOMPARE(back.details.valueHint, sample.details.valueHint);
            if (sample.status == Status::Won)
                QCOMPARE(back.finalValue, sample.finalValue);
            if (sample.status == Status::Declined || sample.status == Status::Lost)
                QCOMPARE(back.reason, sample.reason);
            if (sample.status != Status::New)
                QCOMPARE(back.statusSince, sample.statusSince);
        }
        QVERIFY2(written > 100, "the samples hold every status Partner Center has");
    }

    void referralDeskOwnStatusesHaveNoRecord()
    {
        for (Status status : {Status::Evaluating, Status::Skipped, Status::Missed})
            QVERIFY(!partnerCenterRecord(sampleReferral(QStringLiteral("x"), kNow, status)));
    }
};

QTEST_GUILESS_MAIN(TestPartnerCenterWriter)
#include "tst_partnercenterwriter.moc"
