#include "database.h"
#include "migrations.h"
#include "postgresql/postgresqlconninfo.h"
#include "sqldialect.h"
#include "testlocation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rd;

namespace {

// A connection to the location as `user` (the administrator when empty), with raw SQL.
class RawConnection
{
public:
    RawConnection(const TestLocation &location, const QString &user = {})
        : m_name(QStringLiteral("raw-") + user)
    {
        QString options = PostgresqlConninfo::parse(location.text()).connectOptions();
        if (!user.isEmpty())
            options += QStringLiteral(" user='%1'").arg(user);
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        connection.setConnectOptions(options);
        if (!connection.open())
            qFatal("cannot connect: %s", qPrintable(connection.lastError().text()));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        QStringList values;
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private:
    QString m_name;
};

// A server database as an older release left it: the migrations up to `version`, then `seed`.
bool createAtVersion(const TestLocation &location, int version, const QStringList &seed)
{
    const RawConnection old(location);
    const std::unique_ptr<SqlDialect> dialect = makePostgresqlDialect();
    bool ok = old.exec(QStringLiteral("BEGIN")) && old.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)"));
    for (const Migration &migration : migrations()) {
        if (migration.version > version)
            break;
        for (const QString &portable : migration.statements) {
            for (const QString &statement : dialect->ddl(portable))
                ok = ok && old.exec(statement);
        }
        ok = ok && old.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1)").arg(migration.version));
    }
    for (const QString &statement : seed)
        ok = ok && old.exec(statement);
    return ok && old.exec(QStringLiteral("COMMIT"));
}

} // namespace

// A team server that ran an older release, upgraded in place: its rows stay, and the rules of
// the newer schemas hold for the people who were already on it. Needs the test server.
class TestServerMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(testsRunOnServer(), "runs on the test server only (RD_TEST_ENGINE=postgresql)"); }

    void shouldUpgradeASchema6TeamDatabaseKeepingEachOrganisationToItsRows()
    {
        TestLocation location;
        const QString kim = QStringLiteral("m%1_kim").arg(QCoreApplication::applicationPid());
        QVERIFY(createAtVersion(location, 6, {
            QStringLiteral("INSERT INTO partners (id, name) VALUES ('acme', 'Acme'), ('bolt', 'Bolt')"),
            QStringLiteral("INSERT INTO referrals (id, status, tab, received_at, status_since, respond_by, imported_at, partner_id, deadline) VALUES "
                           "('acme-1', 'new', 'new', 0, 0, 0, 0, 'acme', 9000000000000), ('bolt-1', 'won', 'archived', 0, 0, 0, 0, 'bolt', NULL)"),
            QStringLiteral("INSERT INTO referral_history (referral_id, to_status, at, actor) VALUES ('acme-1', 'new', 0, 'admin'), ('bolt-1', 'won', 0, 'admin')"),
            QStringLiteral("DROP ROLE IF EXISTS %1").arg(kim),
            QStringLiteral("CREATE ROLE %1 LOGIN").arg(kim),
            QStringLiteral("GRANT referral_desk_rep TO %1").arg(kim),
            QStringLiteral("INSERT INTO team_members (name, partner_id, role) VALUES ('%1', 'acme', 'rep')").arg(kim),
        }));

        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(location.spec(), &error);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(database->schemaVersionWhenOpened(), 6);
        QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        database.reset();

        const RawConnection admin(location);
        QCOMPARE(admin.column(QStringLiteral("SELECT id FROM referrals ORDER BY id")), (QStringList{QStringLiteral("acme-1"), QStringLiteral("bolt-1")}));
        QCOMPARE(admin.column(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE claimed_by IS NULL")), QStringList{QStringLiteral("2")});
        // Schema 7's policy per group role replaced schema 6's, and the indexes came with it.
        QCOMPARE(admin.column(QStringLiteral("SELECT policyname FROM pg_policies WHERE tablename = 'referrals' ORDER BY 1")),
                 (QStringList{QStringLiteral("every_organisation"), QStringLiteral("own_organisation")}));
        QCOMPARE(admin.column(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname LIKE 'referrals_by_partner_tab%'")), QStringList{QStringLiteral("2")});

        {
            const RawConnection asKim(location, kim);
            QCOMPARE(asKim.column(QStringLiteral("SELECT id FROM referrals")), QStringList{QStringLiteral("acme-1")});
            QCOMPARE(asKim.column(QStringLiteral("SELECT DISTINCT referral_id FROM referral_history")), QStringList{QStringLiteral("acme-1")});
            // Schema 8: kim claims for themselves, not for another.
            QVERIFY(asKim.exec(QStringLiteral("UPDATE referrals SET claimed_by = '%1', claimed_at = 1 WHERE id = 'acme-1'").arg(kim)));
            QVERIFY(!asKim.exec(QStringLiteral("UPDATE referrals SET claimed_by = 'someone', claimed_at = 1 WHERE id = 'acme-1'")));
            // Schema 9: a region kept to hides what was routed elsewhere.
            QVERIFY(admin.exec(QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                              "VALUES ('acme-jp', 'acme', 'JP', 'C', 'c@acme.example', 'en'), ('acme-kr', 'acme', 'KR', 'C', 'c@acme.example', 'ko')")));
            QVERIFY(admin.exec(QStringLiteral("UPDATE referrals SET profile_id = 'acme-jp' WHERE id = 'acme-1'")));
            QVERIFY(admin.exec(QStringLiteral("INSERT INTO member_regions (member, region) VALUES ('%1', 'KR')").arg(kim)));
            QCOMPARE(asKim.column(QStringLiteral("SELECT id FROM referrals")), QStringList());
        }
        QVERIFY(admin.exec(QStringLiteral("DELETE FROM member_regions")));
        QVERIFY(admin.exec(QStringLiteral("DELETE FROM team_members")));
        runOnTestServer(QStringLiteral("DROP OWNED BY %1").arg(kim));
        location.drop();
        runOnTestServer(QStringLiteral("DROP ROLE %1").arg(kim));
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"
