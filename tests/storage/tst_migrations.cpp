#include "database.h"
#include "migrations.h"
#include "sqldialect.h"
#include "testfiles.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A database file as an older release left it: the migrations up to `version`, then `seed`.
bool createAtVersion(const QString &path, int version, const QStringList &seed)
{
    bool ok = true;
    {
        const std::unique_ptr<SqlDialect> dialect = makeSqliteDialect();
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        ok = old.open();
        QSqlQuery query(old);
        ok = ok && query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)"));
        for (const Migration &migration : migrations()) {
            if (migration.version > version)
                break;
            for (const QString &portable : migration.statements) {
                for (const QString &statement : dialect->ddl(portable))
                    ok = ok && query.exec(statement);
            }
            ok = ok && query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1)").arg(migration.version));
        }
        for (const QString &statement : seed) {
            if (ok && !query.exec(statement)) {
                qWarning() << query.lastError().text();
                ok = false;
            }
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateTheLatestSchemaInANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/referrals.sqlite"));
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        for (const char *table : {"referrals", "referral_history", "outbox"}) {
            QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                           .arg(QLatin1String(table))).toInt(), 1);
        }
        QCOMPARE(scalar(*database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void shouldOpenAnUpToDateFileWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("referrals.sqlite"));
        DatabaseError error;
        {
            std::unique_ptr<Database> first = Database::open(ConnectionSpec::sqliteFile(path), &error);
            QVERIFY(first);
            QVERIFY(QSqlQuery(first->connection()).exec(QStringLiteral(
                "INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at) "
                "VALUES ('kept', 'new', 'new', 0, 0, 0, 0)")));
        }
        std::unique_ptr<Database> second = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(second, qPrintable(error.message));
        QCOMPARE(scalar(*second, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), migrations().size());
        QCOMPARE(scalar(*second, QStringLiteral("SELECT id FROM referrals")).toString(), QStringLiteral("kept"));
    }

    // A database written by the previous version (schema 2) is brought up to date in place.
    void shouldMigrateAnOlderDatabaseInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(createAtVersion(path, 2, {QStringLiteral("INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at) "
                                                         "VALUES ('kept', 'new', 'new', 0, 0, 0, 0)")}));

        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT id FROM referrals")).toString(), QStringLiteral("kept"));
        QVERIFY(scalar(*database, QStringLiteral("SELECT partner_id FROM referrals")).isNull());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM business_profiles")).toInt(), 0);
    }

    void shouldTurnASchema3NoticeIntoOnePerCustomerContactWithAnAddress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        // A skipped referral with two contacts (one without an address), its notice waiting;
        // one whose notice an undo withdrew; and one whose contacts are not JSON.
        QVERIFY(createAtVersion(path, 3, {QStringLiteral(
            "INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at, contacts) VALUES "
                "('told', 'skipped', 'archived', 0, 0, 0, 0, '[{\"firstName\":\"민수\",\"lastName\":\"이\",\"email\":\"minsu@hanbit.example\",\"locale\":\"ko-kr\"},{\"firstName\":\"No\",\"email\":\"\"}]'), "
                "('undone', 'new', 'new', 0, 0, 0, 0, '[{\"email\":\"a@b.example\"}]'), "
                "('broken', 'missed', 'archived', 0, 0, 0, 0, 'not json')"),
            QStringLiteral("INSERT INTO outbox (referral_id, kind, created_at, not_before, withdrawn_at) VALUES "
                                              "('told', 'choose_another_partner', 5, 10, NULL), ('undone', 'choose_another_partner', 5, 10, 7), "
                                              "('broken', 'choose_another_partner', 5, 10, NULL)")}));

        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'choose_another_partner'")).toInt(), 0);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE referral_id = 'told'")).toInt(), 1);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT recipient || ' ' || recipient_name || ' ' || locale || ' ' || not_before "
                                                  "FROM outbox WHERE referral_id = 'told'")).toString(),
                 QStringLiteral("minsu@hanbit.example 민수 이 ko 10"));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT kind || ' ' || withdrawn_at FROM outbox WHERE referral_id = 'undone'")).toString(),
                 QStringLiteral("customer-notice 7"));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE referral_id = 'broken'")).toInt(), 0);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT consent_to_contact FROM referrals WHERE id = 'told'")).toInt(), 1);
    }

    // Schema 5 adds the record of profile changes made on advice and the similar-referrals index.
    void shouldAddTheProfileChangeRecordToASchema4File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        QVERIFY(createAtVersion(path, 4, {QStringLiteral("INSERT INTO partners (id, name) VALUES ('own', 'Own')"),
                                          QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                                         "VALUES ('kr', 'own', 'Korea', 'Kim', 'kim@own.example', 'ko')"),
                                          QStringLiteral("INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at, profile_id) "
                                                         "VALUES ('kept', 'declined', 'archived', 0, 0, 0, 0, 'kr')")}));
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT profile_id FROM referrals WHERE id = 'kept'")).toString(), QStringLiteral("kr"));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM profile_changes")).toInt(), 0);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                                  "('referrals_similar', 'profile_changes_by_profile')")).toInt(), 2);
        QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral(
            "INSERT INTO profile_changes (profile_id, at, actor, edit, term, reason, reason_is_preset, same_reason, considered, list_before, list_after) "
            "VALUES ('kr', 1, 'kim', 'opt-out-size', '1to9', 'customer-too-small', 1, 8, 10, '[]', '[\"1to9\"]')")));
        // A change is recorded for a profile that exists.
        QVERIFY(!QSqlQuery(database->connection()).exec(QStringLiteral(
            "INSERT INTO profile_changes (profile_id, at, actor, edit, term, reason, reason_is_preset, same_reason, considered, list_before, list_after) "
            "VALUES ('nowhere', 1, 'kim', 'opt-out-size', '1to9', 'x', 1, 8, 10, '[]', '[]')")));
    }

    // Schema 6 adds the team's members, empty on a file (one person uses it), and keeps the rest.
    void shouldAddTeamMembersToASchema5File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        QVERIFY(createAtVersion(path, 5, {QStringLiteral("INSERT INTO partners (id, name) VALUES ('own', 'Own')"),
                                          QStringLiteral("INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at, partner_id) "
                                                         "VALUES ('kept', 'won', 'archived', 0, 0, 0, 0, 'own')")}));
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(database->schemaVersionWhenOpened(), 5);
        QCOMPARE(database->schemaVersion(), latestSchemaVersion()); // 7 changes nothing in a file
        QCOMPARE(scalar(*database, QStringLiteral("SELECT partner_id FROM referrals WHERE id = 'kept'")).toString(), QStringLiteral("own"));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM team_members")).toInt(), 0);
        // A member belongs to a stored organisation.
        QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("INSERT INTO team_members VALUES ('kim', 'own', 'rep')")));
        QVERIFY(!QSqlQuery(database->connection()).exec(QStringLiteral("INSERT INTO team_members VALUES ('lee', 'nowhere', 'rep')")));
    }

    void shouldRefuseADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("referrals.sqlite"));
        DatabaseError error;
        {
            std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
            QVERIFY(database);
            QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (99)")));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytesBefore = before.readAll();
        before.close();

        std::unique_ptr<Database> refused = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY(!refused);
        QCOMPARE(error.kind, DatabaseError::Kind::NewerSchema);
        QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("newer version")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));

        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytesBefore);
    }

    void shouldRefuseAFileThatIsNoDatabase()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("notes.sqlite"),
                                           QByteArray("These are my meeting notes, not a database.\n").repeated(200));

        DatabaseError error;
        QVERIFY(!Database::open(ConnectionSpec::sqliteFile(path), &error));
        QCOMPARE(error.kind, DatabaseError::Kind::Corrupt);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
