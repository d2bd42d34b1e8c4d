#include "referralrow.h"
#include "sqlite/sqliterows.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

sqlite3 *handleOf(TestDatabase &db)
{
    sqlite3 *handle = SqliteRows::handleOf(db.database().connection());
    if (!handle)
        qFatal("not an SQLite database");
    return handle;
}

// Every field of a Referral, as the test compares it.
void compareReferrals(const Referral &read, const Referral &expected)
{
    QCOMPARE(read.id, expected.id);
    QCOMPARE(read.engagementId, expected.engagementId);
    QCOMPARE(read.name, expected.name);
    QCOMPARE(read.externalReferenceId, expected.externalReferenceId);
    QCOMPARE(read.status, expected.status);
    QCOMPARE(read.receivedAt, expected.receivedAt);
    QCOMPARE(read.statusSince, expected.statusSince);
    QCOMPARE(read.deadline, expected.deadline);
    QCOMPARE(read.respondBy, expected.respondBy);
    QCOMPARE(read.closedAt, expected.closedAt);
    QCOMPARE(read.acceptedAt, expected.acceptedAt);
    QCOMPARE(read.customer, expected.customer);
    QCOMPARE(read.details, expected.details);
    QCOMPARE(read.estimate, expected.estimate);
    QCOMPARE(read.finalValue, expected.finalValue);
    QCOMPARE(read.reason, expected.reason);
    QCOMPARE(read.reasonCode, expected.reasonCode);
    QCOMPARE(read.sample, expected.sample);
    QCOMPARE(read.consentToContact, expected.consentToContact);
    QCOMPARE(read.partnerId, expected.partnerId);
    QCOMPARE(read.profileId, expected.profileId);
    QCOMPARE(read.claimedBy, expected.claimedBy);
    QCOMPARE(read.claimedAt, expected.claimedAt);
    QCOMPARE(read.version, expected.version);
}

} // namespace

// Pages read SQLite straight through its C API: what they read must be what Qt's driver reads,
// the values they bind must arrive as bound, and a statement that fails must say why.
class TestSqliteRows : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindOfValueAsQtsDriverDoes()
    {
        TestDatabase db;
        const QString sql = QStringLiteral("SELECT 42, -9223372036854775807, 2.5, 'text', '', '한빛 물산 😀', NULL, x'00ff41', '17'");
        QSqlQuery query(db.database().connection());
        QVERIFY(query.exec(sql) && query.next());
        SqliteRows rows(handleOf(db), sql, {});
        QVERIFY(rows.next());
        QCOMPARE(rows.columnCount(), 9);
        for (int column = 0; column < rows.columnCount(); ++column) {
            // One way per column, as SQLite converts the value it is asked for in place.
            const QVariant driver = query.value(column);
            if (!driver.isNull())
                QCOMPARE(rows.value(column), driver);
            QCOMPARE(rows.isNull(column), driver.isNull());
            QCOMPARE(rows.text(column), driver.toString());
        }
        QCOMPARE(rows.integer(0), 42);
        QCOMPARE(rows.integer(1), -9223372036854775807LL);
        QCOMPARE(rows.integer(8), 17); // a number kept as text reads as the number
        QVERIFY(rows.text(6).isNull());
        QCOMPARE(rows.integer(6), 0);
        QVERIFY(!rows.next());
        QVERIFY(!rows.error().isValid());
    }

    void bindsEachValueAsItWasGiven()
    {
        TestDatabase db;
        const QVariantList bindings{7, qint64(1) << 40, true, 0.25, QStringLiteral("가나다 \"quoted\" '"), QVariant(),
                                    QVariant(QMetaType::fromType<QString>()), QByteArray("\x00\x01", 2), QString()};
        SqliteRows rows(handleOf(db), QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ?, typeof(?), typeof(?), typeof(?)"),
                        bindings + QVariantList{QStringLiteral("x"), 3});
        QVERIFY2(rows.next(), qPrintable(rows.error().text()));
        QCOMPARE(rows.value(0), QVariant(qint64(7)));
        QCOMPARE(rows.value(1), QVariant(qint64(1) << 40));
        QCOMPARE(rows.value(2), QVariant(qint64(1)));
        QCOMPARE(rows.value(3), QVariant(0.25));
        QCOMPARE(rows.text(4), QStringLiteral("가나다 \"quoted\" '"));
        QVERIFY(rows.isNull(5));
        QVERIFY(rows.isNull(6)); // a null text binds as NULL, as through Qt's driver
        QCOMPARE(rows.value(7), QVariant(QByteArray("\x00\x01", 2)));
        QCOMPARE(rows.text(8), QStringLiteral("null")); // so does a null text given as a QString
        QCOMPARE(rows.text(9), QStringLiteral("text"));
        QCOMPARE(rows.text(10), QStringLiteral("integer"));
    }

    void saysWhyAStatementFails()
    {
        TestDatabase db;
        SqliteRows missing(handleOf(db), QStringLiteral("SELECT * FROM no_such_table"), {});
        QVERIFY(!missing.next());
        QVERIFY(missing.error().isValid());
        QCOMPARE(missing.error().nativeErrorCode(), QStringLiteral("1"));
        QVERIFY2(missing.error().databaseText().contains(QStringLiteral("no_such_table")), qPrintable(missing.error().databaseText()));

        SqliteRows tooMany(handleOf(db), QStringLiteral("SELECT ?"), {1, 2});
        QVERIFY(!tooMany.next());
        QCOMPARE(tooMany.error().nativeErrorCode(), QStringLiteral("25")); // SQLITE_RANGE

        // A failure while stepping, not preparing: the row's error, and no more rows.
        SqliteRows failing(handleOf(db), QStringLiteral("SELECT CASE WHEN value > 1 THEN abs(-9223372036854775806 - value) ELSE value END "
                                                        "FROM json_each('[1, 2]')"),
                           {});
        QVERIFY(failing.next());
        QCOMPARE(failing.integer(0), 1);
        QVERIFY(!failing.next());
        QVERIFY(failing.error().isValid());
        QVERIFY(!failing.next());
    }

    void readsAStoredReferralAsTheDriverReadsIt()
    {
        TestDatabase db;
        Referral stored = sampleReferral(QStringLiteral("r1"), kStart);
        stored.externalReferenceId = QStringLiteral("ext-1");
        stored.customer.contacts.append(Contact{QStringLiteral("Jae"), QStringLiteral("Lee"), QString(), QString(), QString(), false});
        stored.details.requirements.industries = {QStringLiteral("Retail"), QStringLiteral("소매")};
        storeReferral(db.store(), stored, kStart);
        QCOMPARE(db.store().apply(QStringLiteral("r1"), requestFor(Action::Interested, {}), kStart.addSecs(60), QStringLiteral("t")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(db.store().apply(QStringLiteral("r1"), requestFor(Action::Accept, {}, Money{1200000, QStringLiteral("USD")}, QDate(2026, 6, 30)),
                                  kStart.addSecs(120), QStringLiteral("t"))
                     .result,
                 ActionOutcome::Result::Applied);

        const QString sql = QStringLiteral("SELECT %1 FROM referrals WHERE id = ?").arg(ReferralRow::columns());
        QSqlQuery query(db.database().connection());
        query.prepare(sql);
        query.addBindValue(QStringLiteral("r1"));
        QVERIFY(query.exec() && query.next());
        const Referral throughDriver = ReferralRow::fromQuery(query);
        SqliteRows rows(handleOf(db), sql, {QStringLiteral("r1")});
        QVERIFY(rows.next());
        const Referral direct = ReferralRow::fromRow(rows);
        compareReferrals(direct, throughDriver);
        QCOMPARE(direct.status, Status::Negotiating);
        QVERIFY(direct.estimate.has_value());
        QCOMPARE(direct.estimate->value, (Money{1200000, QStringLiteral("USD")}));
        QCOMPARE(direct.customer.contacts.size(), 2);
        QCOMPARE(direct.version, 3);
    }

    void aPageThatCannotBeReadSaysSoAndShowsNothing()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r1"), kStart), kStart);
        ReferralQuery query;
        query.tab = Tab::New;
        QCOMPARE(db.store().page(query).rows.size(), 1);
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE referrals RENAME TO referrals_elsewhere")));
        const Page page = db.store().page(query);
        QVERIFY(page.rows.isEmpty());
        QVERIFY(!page.next.has_value());
        QVERIFY(!db.store().lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteRows)
#include "tst_sqliterows.moc"
