#include "jsonrecords.h"
#include "partnercenterjson.h"
#include "referralimporter.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rd;


namespace {

const QDateTime kImportedAt = utc("2026-09-10T12:00:00Z");

// A referral as Partner Center's API sends it, with a field it does not document.
const char kFullRecord[] = R"({
  "id": "2f8b1c3e-77aa-4d5e-9a10-5b3f0c6d7e81",
  "engagementId": "eng-42",
  "name": "Cloud migration for 한빛 물산",
  "externalReferenceId": "CRM-0042",
  "createdDateTime": "2026-09-09T01:02:03.4567891Z",
  "updatedDateTime": "2026-09-09T05:00:00Z",
  "expirationDateTime": "2026-09-12T01:02:03Z",
  "status": "New",
  "substatus": "Pending",
  "type": "Independent",
  "qualification": "SalesQualified",
  "customerProfile": {
    "name": "한빛 물산",
    "address": {"addressLine1": "12 Teheran-ro", "addressLine2": "8th floor", "city": "Seoul",
                "state": "Seoul", "postalCode": "06234", "country": "kr", "region": "APAC"},
    "size": "51to500employees",
    "team": [{"firstName": "Minji", "lastName": "Park", "phoneNumber": "+82 2 555 0100",
              "email": "minji.park@hanbit.example",
              "contactPreference": {"locale": "ko-kr", "disableNotifications": false}}],
    "ids": {"CRMId": "x"}
  },
  "consent": {"consentToContact": true},
  "details": {
    "notes": "Move 40 servers to Azure before March.",
    "dealValue": 1234.5,
    "currency": "usd",
    "closingDateTime": "2027-03-31T00:00:00Z",
    "requirements": {
      "industries": [{"id": "Manufacturing"}],
      "products": [{"id": "Azure"}, {"id": "SQL"}],
      "services": [{"id": "DeploymentOrMigration"}],
      "solutions": [{"id": "s1", "name": "Data center migration", "type": "Service"}]
    }
  },
  "inviteContext": {"notes": "from a webinar"},
  "mysteryField": {"anything": [1, 2, 3]},
  "detials": "a misspelling real payloads contain"
})";

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray withField(const QString &path, const QJsonValue &value)
{
    QJsonObject record = object(kFullRecord);
    const QStringList keys = path.split(QLatin1Char('.'));
    // Rebuild the nested objects along the path with the new value at its end.
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject current, int depth) {
        if (depth == keys.size() - 1) {
            if (value.isUndefined())
                current.remove(keys[depth]);
            else
                current.insert(keys[depth], value);
        } else {
            current.insert(keys[depth], set(current.value(keys[depth]).toObject(), depth + 1));
        }
        return current;
    };
    return QJsonDocument(set(record, 0)).toJson();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEveryField()
    {
        const ParsedReferral parsed = parsePartnerCenterReferral(jsonRecord(kFullRecord), kImportedAt);
        QVERIFY2(parsed.referral, qPrintable(parsed.error));
        const Referral &r = *parsed.referral;
        QCOMPARE(r.id, QStringLiteral("2f8b1c3e-77aa-4d5e-9a10-5b3f0c6d7e81"));
        QCOMPARE(r.engagementId, QStringLiteral("eng-42"));
        QCOMPARE(r.name, QStringLiteral("Cloud migration for 한빛 물산"));
        QCOMPARE(r.externalReferenceId, QStringLiteral("CRM-0042"));
        QCOMPARE(r.status, Status::New);
        QCOMPARE(r.receivedAt, utc("2026-09-09T01:02:03.456Z"));
        QCOMPARE(r.customer.name, QStringLiteral("한빛 물산"));
        QCOMPARE(r.customer.address, (Address{QStringLiteral("12 Teheran-ro"), QStringLiteral("8th floor"),
                                              QStringLiteral("Seoul"), QStringLiteral("Seoul"), QStringLiteral("06234"),
                                              QStringLiteral("KR"), QStringLiteral("APAC")}));
        QCOMPARE(r.customer.size, QStringLiteral("51to500"));
        QCOMPARE(r.customer.contacts.size(), 1);
        QCOMPARE(r.customer.contacts.first(), (Contact{QStringLiteral("Minji"), QStringLiteral("Park"),
                                                       QStringLiteral("minji.park@hanbit.example"),
                                                       QStringLiteral("+82 2 555 0100"), QStringLiteral("ko-kr")}));
        QCOMPARE(r.details.notes, QStringLiteral("Move 40 servers to Azure before March."));
        QCOMPARE(r.details.valueHint, std::optional<Money>(Money{123450, QStringLiteral("USD")}));
        QCOMPARE(r.details.requirements.industries, QStringList{QStringLiteral("Manufacturing")});
        QCOMPARE(r.details.requirements.products, (QStringList{QStringLiteral("Azure"), QStringLiteral("SQL")}));
        QCOMPARE(r.details.requirements.services, QStringList{QStringLiteral("DeploymentOrMigration")});
        QCOMPARE(r.details.requirements.solutions, QStringList{QStringLiteral("Data center migration")});
        QVERIFY(!r.estimate);
    }

    void shouldStoreWhatItReadsAndShowItOnceTheRepIsInterested()
    {
        TestDatabase db;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importJson(QByteArray(kFullRecord), kImportedAt, QStringLiteral("dana"));
        QCOMPARE(report.imported, 1);
        QVERIFY(report.fileError.isEmpty());
        const QString id = QStringLiteral("2f8b1c3e-77aa-4d5e-9a10-5b3f0c6d7e81");
        const Referral stored = *db.store().find(id);
        QCOMPARE(stored.deadline, utc("2026-09-12T01:02:03.456Z"));
        QCOMPARE(stored.respondBy, utc("2026-09-10T01:02:03.456Z"));
        QCOMPARE(db.store().history(id).first().actor, QStringLiteral("dana"));
        QCOMPARE(db.store().history(id).first().at, kImportedAt);

        ActionRequest interested;
        interested.action = Action::Interested;
        const Referral open = *db.store().apply(id, interested, kImportedAt, QStringLiteral("dana")).referral;
        const Referral parsed = *parsePartnerCenterReferral(jsonRecord(kFullRecord), kImportedAt).referral;
        QCOMPARE(open.customer, parsed.customer);
        QCOMPARE(open.details, parsed.details);
    }

    void shouldTakeTheImportTimeWhenThereIsNoCreatedDateTime()
    {
        const ParsedReferral parsed = parsePartnerCenterReferral(jsonRecord(R"({"id": "bare"})"), kImportedAt);
        QVERIFY2(parsed.referral, qPrintable(parsed.error));
        QCOMPARE(parsed.referral->receivedAt, kImportedAt);
        QCOMPARE(parsed.referral->status, Status::New);
    }

    void shouldMapApiStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<Status>("expected");
        QTest::newRow("New/Pending") << "New" << "Pending" << Status::New;
        QTest::newRow("New/Received") << "New" << "Received" << Status::New;
        QTest::newRow("New alone") << "New" << "" << Status::New;
        QTest::newRow("lower case") << "new" << "received" << Status::New;
        QTest::newRow("Active/Accepted") << "Active" << "Accepted" << Status::Negotiating;
        QTest::newRow("Closed/Won") << "Closed" << "Won" << Status::Won;
        QTest::newRow("Closed/Lost") << "Closed" << "Lost" << Status::Lost;
        QTest::newRow("Closed/Declined") << "Closed" << "Declined" << Status::Declined;
        QTest::newRow("Closed/Expired") << "Closed" << "Expired" << Status::Expired;
    }

    void shouldMapApiStatuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(Status, expected);
        QJsonObject record{{QStringLiteral("id"), QStringLiteral("s")},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("updatedDateTime"), QStringLiteral("2026-09-01T00:00:00Z")},
                           {QStringLiteral("statusReason"), QStringLiteral("Chose a local partner")},
                           {QStringLiteral("details"), QJsonObject{{QStringLiteral("dealValue"), 5000000},
                                                                    {QStringLiteral("currency"), QStringLiteral("KRW")},
                                                                    {QStringLiteral("closingDateTime"), QStringLiteral("2026-12-01T00:00:00Z")}}}};
        if (!substatus.isEmpty())
            record.insert(QStringLiteral("substatus"), substatus);
        const ParsedReferral parsed = parsePartnerCenterReferral(jsonRecord(record), kImportedAt);
        QVERIFY2(parsed.referral, qPrintable(parsed.error));
        QCOMPARE(parsed.referral->status, expected);
        if (isArchived(expected))
            QCOMPARE(parsed.referral->closedAt, utc("2026-09-01T00:00:00Z"));
        if (expected == Status::Negotiating || expected == Status::Won) {
            QCOMPARE(parsed.referral->estimate->value, (Money{5000000, QStringLiteral("KRW")}));
            QCOMPARE(parsed.referral->estimate->closingDate, QDate(2026, 12, 1));
        }
        if (expected == Status::Won)
            QCOMPARE(parsed.referral->finalValue, std::optional<Money>(Money{5000000, QStringLiteral("KRW")}));
        if (expected == Status::Lost || expected == Status::Declined)
            QCOMPARE(parsed.referral->reason, QStringLiteral("Chose a local partner"));
    }

    void shouldRejectABadRecordSayingWhichFieldAndWhy_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");
        const QString full = QStringLiteral("2f8b1c3e-77aa-4d5e-9a10-5b3f0c6d7e81");

        QTest::newRow("not an object") << QByteArray("42") << QString() << "not a referral object";
        QTest::newRow("no id") << withField(QStringLiteral("id"), QJsonValue::Undefined) << QString() << "\"id\" is missing";
        QTest::newRow("empty id") << withField(QStringLiteral("id"), QStringLiteral("  ")) << QString() << "\"id\" is missing";
        QTest::newRow("id as object") << withField(QStringLiteral("id"), QJsonObject{}) << QString() << "\"id\" must be text";
        QTest::newRow("name as number") << withField(QStringLiteral("name"), 7) << full << "\"name\" must be text, not a number";
        QTest::newRow("bad created time") << withField(QStringLiteral("createdDateTime"), QStringLiteral("last Tuesday")) << full << "createdDateTime";
        QTest::newRow("unknown status") << withField(QStringLiteral("status"), QStringLiteral("Pending")) << full << "\"status\"";
        QTest::newRow("closed without outcome") << withField(QStringLiteral("status"), QStringLiteral("Closed")) << full << "substatus Won, Lost, Declined or Expired";
        QTest::newRow("substatus against status") << withField(QStringLiteral("substatus"), QStringLiteral("Won")) << full << "does not go with";
        QTest::newRow("profile as text") << withField(QStringLiteral("customerProfile"), QStringLiteral("Hanbit")) << full << "\"customerProfile\" must be an object";
        QTest::newRow("unknown country") << withField(QStringLiteral("customerProfile.address.country"), QStringLiteral("XX")) << full << "customerProfile.address.country";
        QTest::newRow("country as a name") << withField(QStringLiteral("customerProfile.address.country"), QStringLiteral("Korea")) << full << "two-letter";
        QTest::newRow("unknown size") << withField(QStringLiteral("customerProfile.size"), QStringLiteral("huge")) << full << "customerProfile.size";
        QTest::newRow("team as object") << withField(QStringLiteral("customerProfile.team"), QJsonObject{}) << full << "\"customerProfile.team\" must be a list";
        QTest::newRow("bad e-mail") << withField(QStringLiteral("customerProfile.team"), QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("minji at hanbit")}}}) << full << "customerProfile.team[0].email";
        QTest::newRow("value as text") << withField(QStringLiteral("details.dealValue"), QStringLiteral("a lot")) << full << "\"details.dealValue\" must be a number";
        QTest::newRow("negative value") << withField(QStringLiteral("details.dealValue"), -10) << full << "negative";
        QTest::newRow("value without currency") << withField(QStringLiteral("details.currency"), QJsonValue::Undefined) << full << "without \"details.currency\"";
        QTest::newRow("unknown currency") << withField(QStringLiteral("details.currency"), QStringLiteral("ABC")) << full << "details.currency";
        QTest::newRow("too many decimals") << withField(QStringLiteral("details.dealValue"), 10.005) << full << "USD amounts have at most 2 decimal";
        QTest::newRow("bad closing time") << withField(QStringLiteral("details.closingDateTime"), QStringLiteral("soon")) << full << "details.closingDateTime";
        QTest::newRow("products as text") << withField(QStringLiteral("details.requirements.products"), QStringLiteral("Azure")) << full << "details.requirements.products";
    }

    void shouldRejectABadRecordSayingWhichFieldAndWhy()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, id);
        QFETCH(QString, mentions);

        // The bad record sits between two good ones: they are stored, it is not.
        const QByteArray file = "[{\"id\": \"good-1\"}, " + record + ", {\"id\": \"good-2\"}]";
        TestDatabase db;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importJson(file, kImportedAt, QStringLiteral("dana"));
        QVERIFY(report.fileError.isEmpty());
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().index, 1);
        QCOMPARE(report.rejected.first().id, id);
        QVERIFY2(report.rejected.first().error.contains(mentions), qPrintable(report.rejected.first().error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referral_history")).toInt(), 2);
    }

    void shouldAcceptEachShapeOfFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("one object") << QByteArray(R"({"id": "a", "status": "New"})") << 1;
        QTest::newRow("an array") << QByteArray(R"([{"id": "a"}, {"id": "b"}])") << 2;
        QTest::newRow("a list response") << QByteArray(R"({"value": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "@odata.count": 3})") << 3;
        QTest::newRow("an empty list") << QByteArray(R"({"value": []})") << 0;
    }

    void shouldAcceptEachShapeOfFile()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, count);
        TestDatabase db;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importJson(file, kImportedAt, QStringLiteral("dana"));
        QVERIFY(report.fileError.isEmpty());
        QCOMPARE(report.imported, count);
        QVERIFY(report.rejected.isEmpty());
    }

    void shouldReportDuplicatesAndChangeNothing()
    {
        TestDatabase db;
        ReferralImporter importer(db.store());
        const QByteArray file = R"([{"id": "a", "details": {"notes": "first"}}, {"id": "a", "details": {"notes": "second"}}])";
        ImportReport report = importer.importJson(file, kImportedAt, QStringLiteral("dana"));
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.duplicates, 1);

        report = importer.importJson(R"({"id": "a", "details": {"notes": "third"}})", kImportedAt.addDays(1), QStringLiteral("dana"));
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(db.store().find(QStringLiteral("a"))->details.notes, QStringLiteral("first"));
        QCOMPARE(db.store().history(QStringLiteral("a")).size(), 1);
    }

    void shouldStoreTheWholeRecordsBeforeAFaultAndSayWhereItIs()
    {
        TestDatabase db;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importJson("[{\"id\": \"a\"},\n {\"id\": \"b\",, }, {\"id\": \"c\"}]", kImportedAt, QStringLiteral("dana"));
        QVERIFY2(report.fileError.contains(QStringLiteral("line 2, column 13")), qPrintable(report.fileError));
        QCOMPARE(report.imported, 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT id FROM referrals")).toString(), QStringLiteral("a"));
    }

    void shouldRejectFilesOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("value is not a list") << QByteArray(R"({"value": {"id": "a"}})");
        QTest::newRow("a bare number") << QByteArray("3");
        QTest::newRow("empty") << QByteArray("");
    }

    void shouldRejectFilesOfTheWrongShape()
    {
        QFETCH(QByteArray, file);
        TestDatabase db;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importJson(file, kImportedAt, QStringLiteral("dana"));
        QVERIFY(!report.fileError.isEmpty());
        QCOMPARE(report.imported, 0);
    }

    void shouldReportProgressInBatches()
    {
        TestDatabase db;
        ReferralImporter importer(db.store());
        QByteArray file = "[";
        for (int i = 0; i < 1200; ++i)
            file += (i ? "," : "") + QStringLiteral("{\"id\": \"r%1\"}").arg(i).toUtf8();
        file += "]";
        QList<qint64> done;
        const ImportReport report = importer.importJson(file, kImportedAt, QStringLiteral("dana"), [&](qint64 bytes, qint64 total) {
            QCOMPARE(total, file.size());
            done.append(bytes);
        });
        QCOMPARE(report.imported, 1200);
        // After each batch of 500, and at the end: bytes read so far, rising to the whole file.
        QCOMPARE(done.size(), 3);
        QVERIFY(done.at(0) < done.at(1) && done.at(1) < done.at(2));
        QCOMPARE(done.last(), file.size());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
