#include "postgresql/postgresqlconninfo.h"
#include "profilestore.h"
#include "teamaccounts.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-03-02T09:00:00Z");

// A connection as one team member, with raw SQL: what the database itself lets them do,
// whatever a program of ours would ask.
class MemberConnection
{
public:
    MemberConnection(const TestDatabase &db, const QString &name)
        : m_name(QStringLiteral("member-") + name)
    {
        QString options = PostgresqlConninfo::parse(db.path()).connectOptions();
        options += QStringLiteral(" user='%1'").arg(name);
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        connection.setConnectOptions(options);
        if (!connection.open())
            qFatal("cannot connect as %s: %s", qPrintable(name), qPrintable(connection.lastError().text()));
    }
    ~MemberConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
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
    // Rows changed, or -1 when the database refused the statement.
    int change(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql) ? query.numRowsAffected() : -1;
    }

private:
    QString m_name;
};

Referral referralOf(const QString &id, const QString &partner)
{
    Referral referral = sampleReferral(id, kNow.addSecs(-3600));
    referral.partnerId = partner;
    return referral;
}

} // namespace

// Team mode on a server: row-level security, not the program, keeps each organisation to its
// own referrals, history, outbox and profiles. Each test makes its own users (roles belong to the
// whole server, so their names carry the test database's).
class TestTeamSecurity : public QObject
{
    Q_OBJECT

private:
    QString unique(const QString &name) const { return m_prefix + name; }

    void addMember(TestDatabase &db, const QString &name, const QString &partner, TeamMember::Role role)
    {
        TeamAccounts accounts(db.database());
        const TeamAccounts::Result result = accounts.add(TeamMember{unique(name), partner, role, {}}, QString());
        QVERIFY2(result.outcome == TeamAccounts::Outcome::Done, qPrintable(result.error));
    }

    // Two organisations with a referral, its history and a customer notice each, and a profile.
    void fillTwoOrganisations(TestDatabase &db)
    {
        ProfileStore profiles(db.database());
        QVERIFY(profiles.setPartner({QStringLiteral("acme"), QStringLiteral("Acme")}).stored());
        QVERIFY(profiles.setPartner({QStringLiteral("bolt"), QStringLiteral("Bolt")}).stored());
        for (const QString &partner : {QStringLiteral("acme"), QStringLiteral("bolt")}) {
            const QString id = partner + QStringLiteral("-1");
            storeReferral(db.store(), referralOf(id, partner), kNow.addSecs(-3600));
            const ActionOutcome skipped = db.store().apply(id, requestFor(Action::Skip, QStringLiteral("busy")), kNow, QStringLiteral("admin"));
            QVERIFY2(skipped.result == ActionOutcome::Result::Applied, qPrintable(skipped.message));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                           "VALUES ('%1-kr', '%1', 'KR', 'Contact', 'c@%1.example', 'ko')").arg(partner)));
        }
        addMember(db, QStringLiteral("kim"), QStringLiteral("acme"), TeamMember::Role::Rep);
        addMember(db, QStringLiteral("lee"), QStringLiteral("bolt"), TeamMember::Role::Rep);
        addMember(db, QStringLiteral("moon"), QStringLiteral("acme"), TeamMember::Role::Manager);
        addMember(db, QStringLiteral("park"), QString(), TeamMember::Role::Programme);
    }

private slots:
    void initTestCase()
    {
        if (!testsRunOnServer())
            QFAIL("team security is a server's: run this test with RD_TEST_ENGINE=postgresql");
    }

    void init()
    {
        static int test = 0;
        m_prefix = QStringLiteral("t%1_%2_").arg(QCoreApplication::applicationPid()).arg(++test);
    }

    void eachOrganisationReadsOnlyItsOwnRows()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection kim(db, unique(QStringLiteral("kim")));
        const MemberConnection lee(db, unique(QStringLiteral("lee")));
        QCOMPARE(kim.column(QStringLiteral("SELECT id FROM referrals")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(lee.column(QStringLiteral("SELECT id FROM referrals")), QStringList{QStringLiteral("bolt-1")});
        QCOMPARE(kim.column(QStringLiteral("SELECT DISTINCT referral_id FROM referral_history")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(kim.column(QStringLiteral("SELECT DISTINCT referral_id FROM outbox")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(lee.column(QStringLiteral("SELECT DISTINCT referral_id FROM outbox")), QStringList{QStringLiteral("bolt-1")});
        QCOMPARE(kim.column(QStringLiteral("SELECT referral_id FROM referral_search")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(kim.column(QStringLiteral("SELECT id FROM partners")), QStringList{QStringLiteral("acme")});
        QCOMPARE(kim.column(QStringLiteral("SELECT id FROM business_profiles")), QStringList{QStringLiteral("acme-kr")});
        QCOMPARE(lee.column(QStringLiteral("SELECT id FROM business_profiles")), QStringList{QStringLiteral("bolt-kr")});
        // Even a direct look by id finds nothing of the other organisation.
        QCOMPARE(kim.column(QStringLiteral("SELECT customer_name FROM referrals WHERE id = 'bolt-1'")), QStringList());
    }

    void aManagerReadsTheirOrganisationsReferralsAndTheProgrammeEvery()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection moon(db, unique(QStringLiteral("moon")));
        const MemberConnection park(db, unique(QStringLiteral("park")));
        QCOMPARE(moon.column(QStringLiteral("SELECT id FROM referrals")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(moon.column(QStringLiteral("SELECT DISTINCT referral_id FROM referral_history")), QStringList{QStringLiteral("acme-1")});
        QCOMPARE(park.column(QStringLiteral("SELECT DISTINCT referral_id FROM referral_history ORDER BY 1")),
                 (QStringList{QStringLiteral("acme-1"), QStringLiteral("bolt-1")}));
        QCOMPARE(park.column(QStringLiteral("SELECT DISTINCT referral_id FROM outbox ORDER BY 1")),
                 (QStringList{QStringLiteral("acme-1"), QStringLiteral("bolt-1")}));
    }

    void aRepsReadsWalkOnlyTheirOrganisationsRows()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection kim(db, unique(QStringLiteral("kim")));
        // So few rows would be read whole; what matters is whether an index can serve it.
        QVERIFY(kim.column(QStringLiteral("SET enable_seqscan = off")).isEmpty());
        for (const QString &read : {QStringLiteral("SELECT COUNT(*) FROM referrals WHERE tab = 'archived'"),
                                    QStringLiteral("SELECT id FROM referrals WHERE tab = 'new' ORDER BY COALESCE(deadline, 9223372036854775807), id LIMIT 50"),
                                    QStringLiteral("SELECT id FROM referrals WHERE tab = 'archived' ORDER BY COALESCE(closed_at, 0) DESC, id DESC LIMIT 50")}) {
            const QString plan = kim.column(QStringLiteral("EXPLAIN ") + read).join(QLatin1Char('\n'));
            // The organisation is looked up once (an InitPlan) and bounds the index range;
            // no function runs for every row of every organisation.
            QVERIFY2(plan.contains(QStringLiteral("referrals_by_partner_tab")), qPrintable(plan));
            QVERIFY2(plan.contains(QStringLiteral("InitPlan")), qPrintable(plan));
            // What filters each row (a region, schema 9) compares columns with what the
            // InitPlans looked up: no function of ours runs per row.
            for (const QString &line : plan.split(QLatin1Char('\n'))) {
                if (line.contains(QStringLiteral("Filter: ")))
                    QVERIFY2(!line.contains(QStringLiteral("rd_")), qPrintable(plan));
            }
        }
        QCOMPARE(kim.column(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE tab = 'archived'")), QStringList{QStringLiteral("1")});
    }

    void noOrganisationChangesAnotherOnesRows()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection kim(db, unique(QStringLiteral("kim")));
        QCOMPARE(kim.change(QStringLiteral("UPDATE referrals SET name = 'taken' WHERE id = 'bolt-1'")), 0);
        QCOMPARE(kim.change(QStringLiteral("DELETE FROM outbox WHERE referral_id = 'bolt-1'")), 0);
        QCOMPARE(kim.change(QStringLiteral("UPDATE outbox SET withdrawn_at = 1 WHERE referral_id = 'bolt-1'")), 0);
        // Moving one's own referral to the other organisation, or making one for it, is refused.
        QCOMPARE(kim.change(QStringLiteral("UPDATE referrals SET partner_id = 'bolt' WHERE id = 'acme-1'")), -1);
        QCOMPARE(kim.change(QStringLiteral("INSERT INTO referral_history (referral_id, to_status, at, actor) VALUES ('bolt-1', 'won', 1, 'kim')")), -1);
        // Their own rows they may change.
        QCOMPARE(kim.change(QStringLiteral("UPDATE referrals SET name = 'renamed' WHERE id = 'acme-1'")), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM referrals WHERE id = 'bolt-1'")).toString(), QStringLiteral("RFI bolt-1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE referral_id = 'bolt-1' AND withdrawn_at IS NULL")).toInt(), 1);
    }

    void onlyManagersChangeTheirOrganisationsProfiles()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection kim(db, unique(QStringLiteral("kim")));
        const MemberConnection moon(db, unique(QStringLiteral("moon")));
        QCOMPARE(kim.change(QStringLiteral("UPDATE business_profiles SET description = 'rep' WHERE id = 'acme-kr'")), -1);
        QCOMPARE(kim.change(QStringLiteral("UPDATE settings SET value = 'x'")), -1);
        QCOMPARE(moon.change(QStringLiteral("UPDATE business_profiles SET description = 'manager' WHERE id = 'acme-kr'")), 1);
        QCOMPARE(moon.change(QStringLiteral("UPDATE business_profiles SET description = 'manager' WHERE id = 'bolt-kr'")), 0);
        QCOMPARE(moon.change(QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                            "VALUES ('bolt-jp', 'bolt', 'JP', 'C', 'c@x.example', 'en')")),
                 -1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT description FROM business_profiles WHERE id = 'bolt-kr'")).toString(), QString());
    }

    void onlyAManagerMovesAClaimOnTheServer()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        storeReferral(db.store(), referralOf(QStringLiteral("acme-2"), QStringLiteral("acme")), kNow.addSecs(-3600));
        const QString kimName = unique(QStringLiteral("kim"));
        const QString leeName = unique(QStringLiteral("lee"));
        const MemberConnection kim(db, kimName);
        const MemberConnection moon(db, unique(QStringLiteral("moon")));
        const auto claimAs = [](const MemberConnection &who, const QString &claimant) {
            return who.change(QStringLiteral("UPDATE referrals SET claimed_by = %1, claimed_at = 1 WHERE id = 'acme-2'")
                                  .arg(claimant.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + claimant + QLatin1Char('\'')));
        };
        // A rep claims for nobody but themselves...
        QCOMPARE(claimAs(kim, leeName), -1);
        QCOMPARE(claimAs(kim, kimName), 1);
        // ...and, once a colleague has it, neither takes it nor lets go of it for them.
        QCOMPARE(claimAs(moon, leeName), 1);
        QCOMPARE(claimAs(kim, kimName), -1);
        QCOMPARE(claimAs(kim, QString()), -1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT claimed_by FROM referrals WHERE id = 'acme-2'")).toString(), leeName);
        // A decision that archives it ends the claim, whoever decides.
        QCOMPARE(kim.change(QStringLiteral("UPDATE referrals SET status = 'skipped', tab = 'archived', claimed_by = NULL WHERE id = 'acme-2'")), 1);
    }

    void aRepKeptToARegionSeesOnlyItsReferralsAndDashboardUntilGrantedMore()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        // acme works in Korea and Japan: acme-1 came through the Korean profile, acme-jp-1 the
        // Japanese one, acme-any through none.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                       "VALUES ('acme-jp', 'acme', 'JP', 'Contact', 'c@acme.example', 'en')")));
        storeReferral(db.store(), referralOf(QStringLiteral("acme-jp-1"), QStringLiteral("acme")), kNow.addSecs(-3600));
        storeReferral(db.store(), referralOf(QStringLiteral("acme-any"), QStringLiteral("acme")), kNow.addSecs(-3600));
        QVERIFY(db.exec(QStringLiteral("UPDATE referrals SET profile_id = 'acme-kr' WHERE id = 'acme-1'")));
        QVERIFY(db.exec(QStringLiteral("UPDATE referrals SET profile_id = 'acme-jp' WHERE id = 'acme-jp-1'")));
        TeamAccounts accounts(db.database());
        const QString cho = unique(QStringLiteral("cho"));
        const TeamAccounts::Result added = accounts.add(TeamMember{cho, QStringLiteral("acme"), TeamMember::Role::Rep, {QStringLiteral("KR")}}, QString());
        QVERIFY2(added.outcome == TeamAccounts::Outcome::Done, qPrintable(added.error));
        QCOMPARE(added.member.regions, QStringList{QStringLiteral("KR")});

        const MemberConnection choConnection(db, cho);
        const QString everyId = QStringLiteral("SELECT id FROM referrals ORDER BY id");
        QCOMPARE(choConnection.column(everyId), (QStringList{QStringLiteral("acme-1"), QStringLiteral("acme-any")}));
        QCOMPARE(choConnection.column(QStringLiteral("SELECT DISTINCT referral_id FROM referral_history ORDER BY 1")),
                 (QStringList{QStringLiteral("acme-1"), QStringLiteral("acme-any")}));
        QCOMPARE(choConnection.change(QStringLiteral("UPDATE referrals SET name = 'taken' WHERE id = 'acme-jp-1'")), 0);
        // The dashboard's numbers come from the same rows: the Japanese region's are not there.
        QCOMPARE(choConnection.column(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE profile_id = 'acme-jp'")), QStringList{QStringLiteral("0")});
        // Kim, held to no region, and Moon, a manager, see all three.
        const MemberConnection kim(db, unique(QStringLiteral("kim")));
        const MemberConnection moon(db, unique(QStringLiteral("moon")));
        QCOMPARE(kim.column(everyId).size(), 3);
        QCOMPARE(moon.column(everyId).size(), 3);
        // Nor does a rep read who else is kept where, beyond what their team shows them.
        QCOMPARE(choConnection.column(QStringLiteral("SELECT region FROM member_regions")), QStringList{QStringLiteral("KR")});

        // Granted Japan, the rows are there at once; revoked, gone again.
        const TeamAccounts::Result granted = accounts.grant(cho, std::nullopt, {QStringLiteral("JP")});
        QVERIFY2(granted.outcome == TeamAccounts::Outcome::Done, qPrintable(granted.error));
        QCOMPARE(granted.member.regions, (QStringList{QStringLiteral("JP"), QStringLiteral("KR")}));
        QCOMPARE(choConnection.column(everyId).size(), 3);
        QCOMPARE(accounts.revoke(cho, {QStringLiteral("JP")}).outcome, TeamAccounts::Outcome::Done);
        QCOMPARE(choConnection.column(everyId).size(), 2);
        // A region the organisation does not work in, or one never granted, is refused.
        QCOMPARE(accounts.grant(cho, std::nullopt, {QStringLiteral("US")}).outcome, TeamAccounts::Outcome::Invalid);
        QCOMPARE(accounts.revoke(cho, {QStringLiteral("JP")}).outcome, TeamAccounts::Outcome::Invalid);
        // A rep made a manager sees every region, and keeps none.
        const TeamAccounts::Result promoted = accounts.grant(cho, TeamMember::Role::Manager);
        QCOMPARE(promoted.outcome, TeamAccounts::Outcome::Done);
        QVERIFY(promoted.member.regions.isEmpty());
        QCOMPARE(choConnection.column(everyId).size(), 3);
    }

    void theProgrammeSideSeesEveryOrganisation()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        const MemberConnection park(db, unique(QStringLiteral("park")));
        QCOMPARE(park.column(QStringLiteral("SELECT id FROM referrals ORDER BY id")), (QStringList{QStringLiteral("acme-1"), QStringLiteral("bolt-1")}));
        QCOMPARE(park.column(QStringLiteral("SELECT id FROM business_profiles ORDER BY id")), (QStringList{QStringLiteral("acme-kr"), QStringLiteral("bolt-kr")}));
    }

    void aStoreOpenedAsARepWorksOnItsOwnOrganisation()
    {
        TestDatabase db;
        fillTwoOrganisations(db);
        QString uri = db.path();
        uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@]*@")), QStringLiteral("postgresql://%1@").arg(unique(QStringLiteral("kim"))));
        DatabaseError error;
        const std::unique_ptr<Database> asKim = Database::open(ConnectionSpec::postgresql(uri), &error);
        QVERIFY2(asKim, qPrintable(error.message));
        QCOMPARE(asKim->session().actor, unique(QStringLiteral("kim")));
        ReferralStore store(*asKim);
        QVERIFY(store.find(QStringLiteral("acme-1")).has_value());
        QVERIFY(!store.find(QStringLiteral("bolt-1")).has_value());
        QCOMPARE(store.countsByTab().value(Tab::Archived), 1);
        // An import by a rep lands in their organisation, recorded under their own name.
        const InsertResult added = store.insert({sampleReferral(QStringLiteral("acme-2"), kNow)}, kNow, asKim->session().actor);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT partner_id FROM referrals WHERE id = 'acme-2'")).toString(), QStringLiteral("acme"));
    }

private:
    QString m_prefix;
};

QTEST_GUILESS_MAIN(TestTeamSecurity)
#include "tst_teamsecurity.moc"
