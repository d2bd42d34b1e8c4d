#include "referralimporter.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace rd;


namespace {

const QDateTime kNow = utc("2026-09-10T12:00:00Z");

ImportReport importText(TestDatabase &db, const QByteArray &json)
{
    ReferralImporter importer(db.store());
    return importer.importJson(json, kNow, QStringLiteral("dana"));
}

// A record between two good ones: only it may be rejected.
QByteArray between(const QByteArray &record)
{
    return "[{\"id\": \"good-1\"}, " + record + ", {\"id\": \"good-2\"}]";
}

} // namespace

// What import refuses so that nothing it stores can stop the system later.
class TestImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseTextThatIsNotUnicodeNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("field");
        QTest::newRow("id ending in a lone surrogate") << QByteArray(R"({"id": "PC-123\ud800"})") << "\"id\"";
        QTest::newRow("name with a lone low surrogate") << QByteArray(R"({"id": "x", "name": "a\udc00b"})") << "\"name\"";
        QTest::newRow("notes in Latin-1") << QByteArray("{\"id\": \"x\", \"details\": {\"notes\": \"caf\xe9\"}}") << "\"details.notes\"";
        QTest::newRow("contact name") << QByteArray(R"({"id": "x", "customerProfile": {"team": [{"firstName": "\ud83d"}]}})")
                                      << "\"customerProfile.team[0].firstName\"";
        QTest::newRow("product id") << QByteArray(R"({"id": "x", "details": {"requirements": {"products": ["\ud800"]}}})")
                                    << "\"details.requirements.products[0]\"";
    }

    void shouldRefuseTextThatIsNotUnicodeNamingTheField()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, field);
        TestDatabase db;
        const ImportReport report = importText(db, between(record));
        QVERIFY2(report.fileError.isEmpty(), qPrintable(report.fileError));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().index, 1);
        const QString error = report.rejected.first().error;
        QVERIFY2(error.contains(field) && error.contains(QStringLiteral("Unicode")), qPrintable(error));
        // Nothing stored can match no id: every stored id reads back as it was written.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE id IN ('good-1', 'good-2')")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 2);
    }

    void shouldRefuseIdsThatAreNoIds_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray(R"({"id": ""})") << "missing or empty";
        QTest::newRow("129 characters") << ("{\"id\": \"" + QByteArray(129, 'a') + "\"}") << "longer than 128";
        QTest::newRow("a tab") << QByteArray(R"({"id": "PC\t1"})") << "control characters";
        QTest::newRow("a line break") << QByteArray(R"({"id": "PC\n1"})") << "control characters";
        QTest::newRow("NUL") << QByteArray(R"({"id": "PC\u00001"})") << "control characters";
    }

    void shouldRefuseIdsThatAreNoIds()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, mentions);
        TestDatabase db;
        const ImportReport report = importText(db, between(record));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(report.rejected.first().error.contains(mentions), qPrintable(report.rejected.first().error));
        QVERIFY(report.rejected.first().error.contains(QStringLiteral("\"id\"")));
    }

    void shouldTakeAnIdOf128Characters()
    {
        TestDatabase db;
        const ImportReport report = importText(db, "{\"id\": \"" + QByteArray(128, 'a') + "\"}");
        QCOMPARE(report.imported, 1);
    }

    void shouldRefuseAReceiptFromTheFuture_data()
    {
        QTest::addColumn<QString>("created");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("four minutes ahead: clock skew") << "2026-09-10T12:04:00Z" << true;
        QTest::newRow("exactly five minutes ahead") << "2026-09-10T12:05:00Z" << true;
        QTest::newRow("six minutes ahead") << "2026-09-10T12:06:00Z" << false;
        QTest::newRow("next year") << "2027-09-10T12:00:00Z" << false;
        QTest::newRow("the year 9999") << "9999-12-31T23:59:59Z" << false;
    }

    void shouldRefuseAReceiptFromTheFuture()
    {
        QFETCH(QString, created);
        QFETCH(bool, accepted);
        TestDatabase db;
        const ImportReport report = importText(db, QStringLiteral(R"({"id": "f", "createdDateTime": "%1"})").arg(created).toUtf8());
        QCOMPARE(report.imported, accepted ? 1 : 0);
        if (!accepted) {
            QCOMPARE(report.rejected.size(), 1);
            QVERIFY2(report.rejected.first().error.contains(QStringLiteral("createdDateTime")), qPrintable(report.rejected.first().error));
        }
    }

    void shouldTakeMoneyExactlyAsWritten_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minorUnits"); // 0: rejected
        QTest::newRow("99999.999 USD") << QByteArray("99999.999") << "USD" << qint64(0);
        QTest::newRow("1500000.5 KRW") << QByteArray("1500000.5") << "KRW" << qint64(0);
        QTest::newRow("1e-9 USD") << QByteArray("1e-9") << "USD" << qint64(0);
        QTest::newRow("0.1 written as 1e-1 USD") << QByteArray("1e-1") << "USD" << qint64(10);
        QTest::newRow("1.5e3 USD") << QByteArray("1.5e3") << "USD" << qint64(150000);
        QTest::newRow("trailing zeros") << QByteArray("1234.5000") << "USD" << qint64(123450);
        QTest::newRow("three decimals in KWD") << QByteArray("12.345") << "KWD" << qint64(12345);
        QTest::newRow("the largest KRW") << QByteArray("999999999999") << "KRW" << qint64(999'999'999'999);
        QTest::newRow("one won more") << QByteArray("1000000000000") << "KRW" << qint64(0);
        QTest::newRow("eighteen nines") << QByteArray("999999999999999999") << "KRW" << qint64(0);
        QTest::newRow("past 2^63") << QByteArray("99999999999999999999999") << "KRW" << qint64(0);
    }

    void shouldTakeMoneyExactlyAsWritten()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, currency);
        QFETCH(qint64, minorUnits);
        TestDatabase db;
        const ImportReport report = importText(db, "{\"id\": \"m\", \"details\": {\"dealValue\": " + value
                                                       + ", \"currency\": \"" + currency.toUtf8() + "\"}}");
        if (minorUnits == 0) {
            QCOMPARE(report.imported, 0);
            QCOMPARE(report.rejected.size(), 1);
            QVERIFY2(report.rejected.first().error.contains(QStringLiteral("details.dealValue")), qPrintable(report.rejected.first().error));
            return;
        }
        QCOMPARE(report.imported, 1);
        QCOMPARE(db.store().find(QStringLiteral("m"))->details.valueHint, std::optional<Money>(Money{minorUnits, currency}));
    }

    void shouldRefuseRecordsBeyondTheLimits_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("field");
        QByteArray team = "[";
        for (int i = 0; i < 51; ++i)
            team += QByteArray(i ? "," : "") + R"({"firstName": "A"})";
        team += "]";
        QTest::newRow("51 contacts") << (R"({"id": "x", "customerProfile": {"team": )" + team + "}}") << "customerProfile.team";
        QTest::newRow("a name of 1001 characters") << ("{\"id\": \"x\", \"name\": \"" + QByteArray(1001, 'n') + "\"}") << "\"name\" is longer than 1000";
        QTest::newRow("notes of 10001 characters") << ("{\"id\": \"x\", \"details\": {\"notes\": \"" + QByteArray(10001, 'n') + "\"}}") << "details.notes";
    }

    void shouldRefuseRecordsBeyondTheLimits()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, field);
        TestDatabase db;
        const ImportReport report = importText(db, between(record));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(report.rejected.first().error.contains(field), qPrintable(report.rejected.first().error));
    }

    void shouldCountWhatArrivedInEachStatusAndArchiveWhatWasAlreadyLate()
    {
        TestDatabase db;
        // New for four days: its 72 hours have passed. Active/Accepted: negotiating, no deadline.
        const ImportReport report = importText(db, R"([
            {"id": "fresh", "createdDateTime": "2026-09-10T08:00:00Z"},
            {"id": "late", "createdDateTime": "2026-09-06T08:00:00Z",
             "customerProfile": {"team": [{"email": "told@example.com"}, {"email": "quiet@example.com",
                                 "contactPreference": {"disableNotifications": true}}, {"firstName": "No address"}]}},
            {"id": "deal", "status": "Active", "substatus": "Accepted", "createdDateTime": "2026-08-01T00:00:00Z",
             "updatedDateTime": "2026-08-02T00:00:00Z"},
            {"id": "won", "status": "Closed", "substatus": "Won", "updatedDateTime": "2026-08-20T00:00:00Z"},
            {"id": "bad", "status": "Bogus"}
        ])");
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.archivedAtOnce, 1);
        QCOMPARE(report.byStatus.value(Status::New), 1);
        QCOMPARE(report.byStatus.value(Status::Missed), 1);
        QCOMPARE(report.byStatus.value(Status::Negotiating), 1);
        QCOMPARE(report.byStatus.value(Status::Won), 1);
        const Referral late = *db.store().find(QStringLiteral("late"));
        QCOMPARE(late.status, Status::Missed);
        QCOMPARE(late.closedAt, utc("2026-09-09T08:00:00Z")); // at its deadline, not at the import
        // Its customer is told to choose another partner, in the same transaction: each contact
        // with an address who did not turn notifications off.
        QCOMPARE(db.outbox().pendingCount(), 1);
        QCOMPARE(db.outbox().list(QStringLiteral("late")).first().recipient, QStringLiteral("told@example.com"));
        const QList<HistoryEntry> history = db.store().history(QStringLiteral("late"));
        QCOMPARE(history.size(), 2);
        const auto missed = std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry &entry) { return entry.to == Status::Missed; });
        QVERIFY(missed != history.cend());
        QCOMPARE(missed->actor, QStringLiteral("system"));

        // Importing the same file again changes nothing and archives nothing more.
        const ImportReport again = importText(db, R"([{"id": "late", "createdDateTime": "2026-09-06T08:00:00Z"}])");
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(again.archivedAtOnce, 0);
        QVERIFY(again.byStatus.isEmpty());
    }

    void shouldStopWhenCancelledKeepingWhatIsStored()
    {
        TestDatabase db;
        QByteArray file = "[";
        for (int i = 0; i < 1600; ++i)
            file += QByteArray(i ? "," : "") + "{\"id\": \"c" + QByteArray::number(i) + "\"}";
        file += "]";
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        std::atomic<bool> cancel = false;
        ReferralImporter importer(db.store());
        const ImportReport report = importer.importFrom(buffer, kNow, QStringLiteral("dana"),
                                                        [&](qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(report.fileError.isEmpty());
        QCOMPARE(report.imported, 500); // the first batch, stored whole
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
