#include "cliprocess.h"
#include "profilestore.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-03-02T09:00:00Z");

} // namespace

// user add, grant, revoke and list as an administrator runs them on a team server, and what the
// people they make then see through the same command line. Needs the test server.
class TestCliTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    QString m_prefix;

    QString unique(const QString &name) const { return m_prefix + name; }

    CliRun cli(const QStringList &arguments, const QString &database, const QStringList &environment = {})
    {
        const QStringList global{QStringLiteral("--db"), database, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--now"), QStringLiteral("2026-03-02T10:00:00Z")};
        return runProgram(QStringLiteral(CLI_PATH), global + arguments, {}, m_dir.filePath(QStringLiteral("xdg")), environment);
    }
    CliRun admin(const QStringList &arguments, const QStringList &environment = {}) { return cli(arguments, m_db->path(), environment); }
    // The same database as `name` connects to it.
    CliRun as(const QString &name, const QStringList &arguments)
    {
        QString uri = m_db->path();
        uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@]*@")), QStringLiteral("postgresql://%1@").arg(name));
        return cli(arguments, uri);
    }

    QStringList ids(const CliRun &run)
    {
        QStringList list;
        for (const QJsonValue &referral : run.array())
            list.append(referral.toObject().value(QStringLiteral("id")).toString());
        return list;
    }

private slots:
    void initTestCase() { QVERIFY2(testsRunOnServer(), "runs on the test server only (RD_TEST_ENGINE=postgresql)"); }

    void init()
    {
        static int test = 0;
        m_prefix = QStringLiteral("c%1_%2_").arg(QCoreApplication::applicationPid()).arg(++test);
        m_db = std::make_unique<TestDatabase>();
        ProfileStore profiles(m_db->database());
        QVERIFY(profiles.setPartner({QStringLiteral("acme"), QStringLiteral("Acme")}).stored());
        for (const QString &region : {QStringLiteral("KR"), QStringLiteral("JP")}) {
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO business_profiles (id, partner_id, region, contact_name, contact_email, contact_locale) "
                                              "VALUES ('acme-%1', 'acme', '%2', 'Contact', 'c@acme.example', 'en')").arg(region.toLower(), region)));
            const QString id = QStringLiteral("lead-") + region.toLower();
            Referral referral = sampleReferral(id, kNow);
            referral.partnerId = QStringLiteral("acme");
            storeReferral(m_db->store(), referral, kNow);
            QVERIFY(m_db->exec(QStringLiteral("UPDATE referrals SET profile_id = 'acme-%1' WHERE id = '%2'").arg(region.toLower(), id)));
        }
    }

    void cleanup() { m_db.reset(); }

    void shouldAddGrantAndListUsers()
    {
        const QString kim = unique(QStringLiteral("kim"));
        const CliRun added = admin({QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--partner"), QStringLiteral("acme")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object(), (QJsonObject{{QStringLiteral("user"), kim}, {QStringLiteral("partner"), QStringLiteral("acme")},
                                              {QStringLiteral("role"), QStringLiteral("rep")}, {QStringLiteral("regions"), QJsonArray()}}));
        const QString park = unique(QStringLiteral("park"));
        const CliRun programme = admin({QStringLiteral("user"), QStringLiteral("add"), park, QStringLiteral("--programme")});
        QCOMPARE(programme.exitCode, 0);
        QVERIFY(programme.object().value(QStringLiteral("partner")).isNull());
        QCOMPARE(programme.object().value(QStringLiteral("role")).toString(), QStringLiteral("programme"));

        const CliRun granted = admin({QStringLiteral("user"), QStringLiteral("grant"), kim, QStringLiteral("--role"), QStringLiteral("manager")});
        QCOMPARE(granted.exitCode, 0);
        QCOMPARE(granted.object().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));

        const CliRun listed = admin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QStringList names;
        for (const QJsonValue &member : listed.array())
            names.append(member.toObject().value(QStringLiteral("user")).toString());
        QCOMPARE(names, (QStringList{kim, park}));
        QCOMPARE(listed.array().at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    }

    void shouldRefuseWhatCannotBeDoneWithItsExitCode()
    {
        const QString kim = unique(QStringLiteral("kim"));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--partner"), QStringLiteral("acme")}).exitCode, 0);
        const CliRun twice = admin({QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--partner"), QStringLiteral("acme")});
        QCOMPARE(twice.exitCode, 3);
        QVERIFY2(twice.err.contains(QStringLiteral("already has a user or role named")), qPrintable(twice.err));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), unique(QStringLiteral("x")), QStringLiteral("--partner"), QStringLiteral("nobody")}).exitCode, 4);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("grant"), unique(QStringLiteral("nobody")), QStringLiteral("--role"), QStringLiteral("rep")}).exitCode, 4);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pg_sneaky"), QStringLiteral("--partner"), QStringLiteral("acme")}).exitCode, 3);
        const QList<QStringList> usage = {
            {QStringLiteral("user")},
            {QStringLiteral("user"), QStringLiteral("add"), kim},
            {QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--programme"), QStringLiteral("--partner"), QStringLiteral("acme")},
            {QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--programme"), QStringLiteral("--region"), QStringLiteral("KR")},
            {QStringLiteral("user"), QStringLiteral("grant"), kim},
            {QStringLiteral("user"), QStringLiteral("grant"), kim, QStringLiteral("--role"), QStringLiteral("programme")},
            {QStringLiteral("user"), QStringLiteral("grant"), kim, QStringLiteral("--region"), QStringLiteral(" ")},
            {QStringLiteral("user"), QStringLiteral("revoke"), kim},
            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("KR")},
        };
        for (const QStringList &arguments : usage)
            QVERIFY2(admin(arguments).exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        // A rep may not make people.
        const CliRun byRep = as(kim, {QStringLiteral("user"), QStringLiteral("add"), unique(QStringLiteral("lee")), QStringLiteral("--partner"), QStringLiteral("acme")});
        QCOMPARE(byRep.exitCode, 3);
    }

    void shouldRefuseInOneSentenceWithoutTheDriversWords()
    {
        // Names PostgreSQL keeps, or that hold control characters.
        for (const QString &name : {QStringLiteral("public"), QStringLiteral("none"), QStringLiteral("current_user"),
                                    QStringLiteral("tab\tname"), QStringLiteral("new\nline")}) {
            const CliRun refused = admin({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--partner"), QStringLiteral("acme")});
            QVERIFY2(refused.exitCode == 3, qPrintable(name + QLatin1Char(' ') + refused.err));
            QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(refused.err.contains(QStringLiteral("can't be a user name")), qPrintable(refused.err));
        }
        const CliRun spaced = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral(" lead"), QStringLiteral("--partner"), QStringLiteral("acme")});
        QCOMPARE(spaced.exitCode, 3);
        QVERIFY2(!spaced.err.contains(QStringLiteral("WARNING")), qPrintable(spaced.err));

        // What a rep or a manager may not do is said as such, with nothing of the driver.
        const QString kim = unique(QStringLiteral("kim"));
        const QString moon = unique(QStringLiteral("moon"));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--partner"), QStringLiteral("acme")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), moon, QStringLiteral("--partner"), QStringLiteral("acme"),
                        QStringLiteral("--role"), QStringLiteral("manager")}).exitCode, 0);
        for (const CliRun &run : {as(kim, {QStringLiteral("user"), QStringLiteral("add"), unique(QStringLiteral("zed")), QStringLiteral("--partner"), QStringLiteral("acme")}),
                                  as(moon, {QStringLiteral("user"), QStringLiteral("grant"), kim, QStringLiteral("--region"), QStringLiteral("JP")})}) {
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.startsWith(QStringLiteral("Only the server's administrator")), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        }
    }

    void regionsAreSpelledAsTheProfilesAndNeverSilentlyWidened()
    {
        const QString cho = unique(QStringLiteral("cho"));
        const CliRun added = admin({QStringLiteral("user"), QStringLiteral("add"), cho, QStringLiteral("--partner"), QStringLiteral("acme"),
                                    QStringLiteral("--region"), QStringLiteral("kr"), QStringLiteral("--region"), QStringLiteral("KR")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(QStringLiteral("regions")).toArray(), QJsonArray{QStringLiteral("KR")});
        // Revoking the last region would show every region: refused, and said how to on purpose.
        const CliRun last = admin({QStringLiteral("user"), QStringLiteral("revoke"), cho, QStringLiteral("--region"), QStringLiteral("KR")});
        QCOMPARE(last.exitCode, 3);
        QVERIFY2(last.err.contains(QStringLiteral("--every-region")), qPrintable(last.err));
        QCOMPARE(ids(as(cho, {QStringLiteral("list")})), QStringList{QStringLiteral("lead-kr")});
        const CliRun every = admin({QStringLiteral("user"), QStringLiteral("grant"), cho, QStringLiteral("--every-region")});
        QCOMPARE(every.exitCode, 0);
        QCOMPARE(every.object().value(QStringLiteral("regions")).toArray(), QJsonArray());
        QCOMPARE(ids(as(cho, {QStringLiteral("list")})).size(), 2);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("grant"), cho, QStringLiteral("--every-region"), QStringLiteral("--region"), QStringLiteral("KR")}).exitCode, 2);
    }

    void aManagerHandsAReferralOnlyToWhoMaySeeIt()
    {
        const QString kim = unique(QStringLiteral("kim"));
        const QString moon = unique(QStringLiteral("moon"));
        const QString bob = unique(QStringLiteral("bob"));
        const QString park = unique(QStringLiteral("park"));
        ProfileStore(m_db->database()).setPartner({QStringLiteral("bolt"), QStringLiteral("Bolt")});
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), kim, QStringLiteral("--partner"), QStringLiteral("acme"), QStringLiteral("--region"), QStringLiteral("KR")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), moon, QStringLiteral("--partner"), QStringLiteral("acme"), QStringLiteral("--role"), QStringLiteral("manager")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), bob, QStringLiteral("--partner"), QStringLiteral("bolt")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), park, QStringLiteral("--programme")}).exitCode, 0);

        const CliRun otherRegion = as(moon, {QStringLiteral("claim"), QStringLiteral("lead-jp"), QStringLiteral("--to"), kim});
        QCOMPARE(otherRegion.exitCode, 3);
        QVERIFY2(otherRegion.err.contains(QStringLiteral("is kept to other regions")), qPrintable(otherRegion.err));
        // Moon can't even see who works for another organisation; the administrator can, and
        // is told why not.
        const CliRun unseen = as(moon, {QStringLiteral("claim"), QStringLiteral("lead-jp"), QStringLiteral("--to"), bob});
        QCOMPARE(unseen.exitCode, 3);
        QVERIFY2(unseen.err.contains(QStringLiteral("is on this team")), qPrintable(unseen.err));
        const CliRun otherOrganisation = admin({QStringLiteral("claim"), QStringLiteral("lead-jp"), QStringLiteral("--to"), bob});
        QCOMPARE(otherOrganisation.exitCode, 3);
        QVERIFY2(otherOrganisation.err.contains(QStringLiteral("does not work for the organisation")), qPrintable(otherOrganisation.err));
        QCOMPARE(as(moon, {QStringLiteral("claim"), QStringLiteral("lead-jp"), QStringLiteral("--to"), unique(QStringLiteral("ghost"))}).exitCode, 3);
        const CliRun handed = as(moon, {QStringLiteral("claim"), QStringLiteral("lead-kr"), QStringLiteral("--to"), kim});
        QCOMPARE(handed.exitCode, 0);
        QCOMPARE(handed.object().value(QStringLiteral("claim")).toObject().value(QStringLiteral("by")).toString(), kim);
        // The programme side routes; it does not claim.
        const CliRun programme = as(park, {QStringLiteral("claim"), QStringLiteral("lead-jp")});
        QCOMPARE(programme.exitCode, 3);
        QVERIFY2(programme.err.contains(QStringLiteral("programme side routes referrals")), qPrintable(programme.err));
    }

    void aRepKeptToARegionListsAndReportsOnlyIt()
    {
        const QString cho = unique(QStringLiteral("cho"));
        const CliRun added = admin({QStringLiteral("user"), QStringLiteral("add"), cho, QStringLiteral("--partner"), QStringLiteral("acme"),
                                    QStringLiteral("--region"), QStringLiteral("KR")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(QStringLiteral("regions")).toArray(), QJsonArray{QStringLiteral("KR")});
        QCOMPARE(ids(as(cho, {QStringLiteral("list")})), QStringList{QStringLiteral("lead-kr")});
        const CliRun report = as(cho, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                       QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.object().value(QStringLiteral("funnel")).toObject().value(QStringLiteral("received")).toInt(), 1);
        QCOMPARE(as(cho, {QStringLiteral("show"), QStringLiteral("lead-jp")}).exitCode, 4);
        QCOMPARE(as(cho, {QStringLiteral("skip"), QStringLiteral("lead-jp")}).exitCode, 4);

        const CliRun jp = admin({QStringLiteral("user"), QStringLiteral("grant"), cho, QStringLiteral("--region"), QStringLiteral("JP")});
        QCOMPARE(jp.exitCode, 0);
        QCOMPARE(jp.object().value(QStringLiteral("regions")).toArray(), (QJsonArray{QStringLiteral("JP"), QStringLiteral("KR")}));
        QCOMPARE(ids(as(cho, {QStringLiteral("list")})).size(), 2);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("revoke"), cho, QStringLiteral("--region"), QStringLiteral("KR")}).exitCode, 0);
        QCOMPARE(ids(as(cho, {QStringLiteral("list")})), QStringList{QStringLiteral("lead-jp")});
        const CliRun unknown = admin({QStringLiteral("user"), QStringLiteral("grant"), cho, QStringLiteral("--region"), QStringLiteral("US")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains(QStringLiteral("no business profile for the region US")), qPrintable(unknown.err));
        const CliRun listed = admin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listed.array().at(0).toObject().value(QStringLiteral("regions")).toArray(), QJsonArray{QStringLiteral("JP")});
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
