#include "cliprocess.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "testlocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

using Run = CliRun;

const char kReferrals[] = R"({"value": [
  {"id": "alpha", "createdDateTime": "2026-10-01T09:00:00Z", "status": "New", "substatus": "Received",
   "customerProfile": {"name": "Northwind", "address": {"addressLine1": "1 Harbour Rd", "city": "Busan", "country": "KR"},
                       "size": "1to50", "team": [{"firstName": "Jae", "lastName": "Lee", "email": "jae@northwind.example"}]},
   "details": {"notes": "Teams rollout", "dealValue": 30000000, "currency": "KRW"}},
  {"id": "beta", "createdDateTime": "2026-10-01T08:00:00Z"},
  {"id": "broken", "customerProfile": {"size": "enormous"}},
  {"id": "gamma", "createdDateTime": "2026-10-01T10:00:00Z"}
]})";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestLocation m_location{QStringLiteral("cli.sqlite")};

    QString dbPath() const { return m_location.text(); }

    Run run(const QStringList &arguments, const QByteArray &input = {}, const QStringList &extraEnvironment = {})
    {
        return runProgram(QStringLiteral(CLI_PATH), arguments, input, m_dir.filePath(QStringLiteral("xdg")), extraEnvironment);
    }

    Run cli(const QStringList &arguments, const QString &now = QStringLiteral("2026-10-01T12:00:00Z"))
    {
        return run(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--now"), now, QStringLiteral("--user"), QStringLiteral("dana")}
                   + arguments);
    }

    // list and show never create a database: a sweep does, when there is none yet.
    void createDatabase()
    {
        QCOMPARE(cli({QStringLiteral("sweep")}).exitCode, 0);
    }

    QString writeFile(const QString &name, const QByteArray &content) { return writeTestFile(m_dir, name, content); }

private slots:
    void init() { m_location.reset(); }

    void shouldPrintUsageOnHelp()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("accept ID --value AMOUNT --currency CODE --closing YYYY-MM-DD"));
    }

    void shouldExitTwoOnUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("list")};
        QTest::newRow("bad --now") << QStringList{QStringLiteral("--now"), QStringLiteral("tomorrow"), QStringLiteral("list")};
        QTest::newRow("--db without value") << QStringList{QStringLiteral("--db")};
        QTest::newRow("unknown status") << QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending")};
        QTest::newRow("unknown tab") << QStringList{QStringLiteral("list"), QStringLiteral("--tab"), QStringLiteral("inbox")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("two ids") << QStringList{QStringLiteral("interested"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("accept without closing") << QStringList{QStringLiteral("accept"), QStringLiteral("a"), QStringLiteral("--value"), QStringLiteral("5"), QStringLiteral("--currency"), QStringLiteral("USD")};
        QTest::newRow("decline without reason") << QStringList{QStringLiteral("decline"), QStringLiteral("a")};
        QTest::newRow("option of another command") << QStringList{QStringLiteral("interested"), QStringLiteral("a"), QStringLiteral("--value"), QStringLiteral("5")};
        QTest::newRow("import without files") << QStringList{QStringLiteral("import")};
        QTest::newRow("demo --count 0") << QStringList{QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("0")};
    }

    void shouldExitTwoOnUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(QStringList{QStringLiteral("--db"), dbPath()} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(!result.err.trimmed().isEmpty(), "a usage error says what is wrong");
    }

    void shouldImportReportingRejectedRecords()
    {
        const QString file = writeFile(QStringLiteral("referrals.json"), kReferrals);
        const Run first = cli({QStringLiteral("import"), file});
        QCOMPARE(first.exitCode, 1);
        const QJsonObject report = first.object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0);
        const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("index")).toInt(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("broken"));
        QVERIFY(rejected.at(0).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("customerProfile.size")));
        QVERIFY(!first.err.isEmpty());

        const Run again = cli({QStringLiteral("import"), file});
        QCOMPARE(again.object().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.object().value(QStringLiteral("duplicates")).toInt(), 3);
    }

    void shouldImportFromStandardInput()
    {
        const Run result = run({QStringLiteral("--db"), dbPath(), QStringLiteral("import"), QStringLiteral("-")},
                               R"([{"id": "piped"}])");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.object().value(QStringLiteral("imported")).toInt(), 1);
        QVERIFY(result.object().value(QStringLiteral("rejected")).toArray().isEmpty());
    }

    void shouldRejectAFileThatIsNotJson()
    {
        const QString file = writeFile(QStringLiteral("bad.json"), "{\n  \"id\": \"x\"\n  \"status\": 1\n}");
        const Run result = cli({QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("line 3")), qPrintable(result.err));
        QCOMPARE(cli({QStringLiteral("list")}).array().size(), 0);
    }

    void shouldSayWhenAFileCannotBeRead()
    {
        const Run result = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("missing.json")), qPrintable(result.err));
    }

    void shouldListATabLeastTimeLeftFirstHidingTheCustomer()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});
        const QJsonArray list = cli({QStringLiteral("list"), QStringLiteral("--tab"), QStringLiteral("new")}).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("beta"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("alpha"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("gamma"));

        const QJsonObject alpha = list.at(1).toObject();
        QCOMPARE(alpha.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(alpha.value(QStringLiteral("receivedAt")).toString(), QStringLiteral("2026-10-01T09:00:00.000Z"));
        QCOMPARE(alpha.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-10-04T09:00:00.000Z"));
        QCOMPARE(alpha.value(QStringLiteral("respondBy")).toString(), QStringLiteral("2026-10-02T09:00:00.000Z"));
        QCOMPARE(alpha.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(alpha.value(QStringLiteral("estimate")).isNull());
        const QJsonObject customer = alpha.value(QStringLiteral("customer")).toObject();
        QVERIFY(!customer.contains(QStringLiteral("name")));
        QVERIFY(!customer.contains(QStringLiteral("contacts")));
        QCOMPARE(customer.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Busan"));
        QCOMPARE(alpha.value(QStringLiteral("details")).toObject().value(QStringLiteral("notes")).toString(), QStringLiteral("Teams rollout"));

        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("won,lost")}).array().size(), 0);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--tab"), QStringLiteral("archived")}).array().size(), 0);
    }

    void shouldListMoreThanOnePage()
    {
        QByteArray file = "[";
        for (int i = 0; i < 1234; ++i)
            file += (i ? "," : "") + QStringLiteral("{\"id\": \"bulk-%1\", \"createdDateTime\": \"2026-10-01T00:00:00Z\"}").arg(i).toUtf8();
        file += "]";
        QCOMPARE(cli({QStringLiteral("import"), writeFile(QStringLiteral("bulk.json"), file)}).exitCode, 0);
        const Run listed = cli({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = listed.array();
        QCOMPARE(all.size(), 1234);
        QSet<QString> ids;
        for (const QJsonValue &value : all)
            ids.insert(value.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 1234);
    }

    void shouldWalkAReferralThroughItsLifeAndShowItsHistory()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});

        const Run interested = cli({QStringLiteral("interested"), QStringLiteral("alpha")});
        QCOMPARE(interested.exitCode, 0);
        QCOMPARE(interested.object().value(QStringLiteral("status")).toString(), QStringLiteral("evaluating"));
        QCOMPARE(interested.object().value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Northwind"));
        QCOMPARE(interested.object().value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-10-08T12:00:00.000Z"));

        const Run decimals = cli({QStringLiteral("accept"), QStringLiteral("alpha"), QStringLiteral("--value"), QStringLiteral("1500000.5"),
                                  QStringLiteral("--currency"), QStringLiteral("KRW"), QStringLiteral("--closing"), QStringLiteral("2026-12-15")});
        QCOMPARE(decimals.exitCode, 3);
        QVERIFY2(decimals.err.contains(QStringLiteral("KRW")), qPrintable(decimals.err));

        const Run past = cli({QStringLiteral("accept"), QStringLiteral("alpha"), QStringLiteral("--value"), QStringLiteral("1500000"),
                              QStringLiteral("--currency"), QStringLiteral("KRW"), QStringLiteral("--closing"), QStringLiteral("2026-09-30")});
        QCOMPARE(past.exitCode, 3);

        const Run badDate = cli({QStringLiteral("accept"), QStringLiteral("alpha"), QStringLiteral("--value"), QStringLiteral("1500000"),
                                 QStringLiteral("--currency"), QStringLiteral("KRW"), QStringLiteral("--closing"), QStringLiteral("2026-02-30")});
        QCOMPARE(badDate.exitCode, 3);

        const Run accepted = cli({QStringLiteral("accept"), QStringLiteral("alpha"), QStringLiteral("--value"), QStringLiteral("1500000"),
                                  QStringLiteral("--currency"), QStringLiteral("krw"), QStringLiteral("--closing"), QStringLiteral("2026-12-15"),
                                  QStringLiteral("--notes"), QStringLiteral("Pilot first")});
        QCOMPARE(accepted.exitCode, 0);
        const QJsonObject estimate = accepted.object().value(QStringLiteral("estimate")).toObject();
        QCOMPARE(estimate.value(QStringLiteral("value")).toString(), QStringLiteral("1500000"));
        QCOMPARE(estimate.value(QStringLiteral("currency")).toString(), QStringLiteral("KRW"));
        QCOMPARE(estimate.value(QStringLiteral("closingDate")).toString(), QStringLiteral("2026-12-15"));
        QVERIFY(accepted.object().value(QStringLiteral("deadline")).isNull());

        const Run won = cli({QStringLiteral("won"), QStringLiteral("alpha"), QStringLiteral("--value"), QStringLiteral("1750000")});
        QCOMPARE(won.exitCode, 0);
        QCOMPARE(won.object().value(QStringLiteral("status")).toString(), QStringLiteral("won"));
        QCOMPARE(won.object().value(QStringLiteral("finalValue")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1750000"));

        const Run afterwards = cli({QStringLiteral("lost"), QStringLiteral("alpha"), QStringLiteral("--reason"), QStringLiteral("changed my mind")});
        QCOMPARE(afterwards.exitCode, 3);
        QVERIFY2(afterwards.err.contains(QStringLiteral("archived")), qPrintable(afterwards.err));

        const Run shown = cli({QStringLiteral("show"), QStringLiteral("alpha")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray history = shown.object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 4);
        const QStringList expected = {QStringLiteral("new"), QStringLiteral("evaluating"), QStringLiteral("negotiating"), QStringLiteral("won")};
        for (int i = 0; i < history.size(); ++i) {
            QCOMPARE(history.at(i).toObject().value(QStringLiteral("to")).toString(), expected.at(i));
            QCOMPARE(history.at(i).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("dana"));
        }
        QCOMPARE(history.at(2).toObject().value(QStringLiteral("closingDate")).toString(), QStringLiteral("2026-12-15"));
    }

    void shouldClaimLetGoAndHandOver()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});
        const Run claimed = cli({QStringLiteral("claim"), QStringLiteral("alpha")});
        QCOMPARE(claimed.exitCode, 0);
        const QJsonObject claim = claimed.object().value(QStringLiteral("claim")).toObject();
        QCOMPARE(claim.value(QStringLiteral("by")).toString(), QStringLiteral("dana"));
        QCOMPARE(claim.value(QStringLiteral("since")).toString(), QStringLiteral("2026-10-01T12:00:00.000Z"));

        const Run handed = cli({QStringLiteral("claim"), QStringLiteral("alpha"), QStringLiteral("--to"), QStringLiteral("kim")});
        QCOMPARE(handed.exitCode, 0);
        QCOMPARE(handed.object().value(QStringLiteral("claim")).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("kim"));
        const Run released = cli({QStringLiteral("claim"), QStringLiteral("alpha"), QStringLiteral("--release")});
        QCOMPARE(released.exitCode, 0);
        QVERIFY(!released.object().contains(QStringLiteral("claim")));

        const QJsonArray history = cli({QStringLiteral("show"), QStringLiteral("alpha")}).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("claim"));
        QCOMPARE(history.at(2).toObject().value(QStringLiteral("claimant")).toString(), QStringLiteral("kim"));
        QVERIFY(history.at(3).toObject().value(QStringLiteral("claimant")).isNull());

        // Usage errors exit 2; what the rules refuse exits 3; an unknown referral 4.
        QCOMPARE(cli({QStringLiteral("claim")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("alpha"), QStringLiteral("--release"), QStringLiteral("--to"), QStringLiteral("kim")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("alpha"), QStringLiteral("--to"), QStringLiteral(" ")}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("nobody")}).exitCode, 4);
        cli({QStringLiteral("skip"), QStringLiteral("beta")});
        const Run archived = cli({QStringLiteral("claim"), QStringLiteral("beta")});
        QCOMPARE(archived.exitCode, 3);
        QVERIFY2(archived.err.contains(QStringLiteral("Claims are for new and evaluating referrals")), qPrintable(archived.err));
    }

    void shouldNeedAReasonToDeclineAndSaySo()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});
        cli({QStringLiteral("interested"), QStringLiteral("beta")});
        const Run blank = cli({QStringLiteral("decline"), QStringLiteral("beta"), QStringLiteral("--reason"), QStringLiteral("  ")});
        QCOMPARE(blank.exitCode, 3);
        const Run declined = cli({QStringLiteral("decline"), QStringLiteral("beta"), QStringLiteral("--reason"), QStringLiteral("Outside our region")});
        QCOMPARE(declined.exitCode, 0);
        QCOMPARE(declined.object().value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(declined.object().value(QStringLiteral("reason")).toString(), QStringLiteral("Outside our region"));
    }

    void shouldExitFourForAnUnknownReferral()
    {
        createDatabase();
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("nobody")}).exitCode, 4);
        const Run skip = cli({QStringLiteral("skip"), QStringLiteral("nobody")});
        QCOMPARE(skip.exitCode, 4);
        QVERIFY(skip.err.contains(QStringLiteral("nobody")));
    }

    void shouldArchiveALateDecisionAndExitThree()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});
        const Run late = cli({QStringLiteral("interested"), QStringLiteral("alpha")}, QStringLiteral("2026-10-04T09:00:00Z"));
        QCOMPARE(late.exitCode, 3);
        QVERIFY2(late.err.contains(QStringLiteral("Missed")), qPrintable(late.err));
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("alpha")}).object().value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    }

    void shouldSweepWhatIsDue()
    {
        cli({QStringLiteral("import"), writeFile(QStringLiteral("referrals.json"), kReferrals)});
        cli({QStringLiteral("interested"), QStringLiteral("gamma")});
        const Run nothing = cli({QStringLiteral("sweep")});
        QCOMPARE(nothing.exitCode, 0);
        QCOMPARE(nothing.object().value(QStringLiteral("missed")).toArray().size(), 0);

        const Run swept = cli({QStringLiteral("sweep")}, QStringLiteral("2026-10-20T00:00:00Z"));
        QCOMPARE(swept.exitCode, 0);
        QCOMPARE(swept.object().value(QStringLiteral("missed")).toArray(), (QJsonArray{QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(swept.object().value(QStringLiteral("expired")).toArray(), QJsonArray{QStringLiteral("gamma")});
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--tab"), QStringLiteral("archived")}).array().size(), 3);
    }

    void shouldGenerateDemoReferrals()
    {
        const Run first = cli({QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.object().value(QStringLiteral("generated")).toInt(), 300);
        QCOMPARE(first.object().value(QStringLiteral("duplicates")).toInt(), 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err)); // no progress when standard error is no terminal
        QVERIFY(!cli({QStringLiteral("list"), QStringLiteral("--tab"), QStringLiteral("new")}).array().isEmpty());

        const Run again = cli({QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object().value(QStringLiteral("generated")).toInt(), 300);
        QCOMPARE(again.object().value(QStringLiteral("duplicates")).toInt(), 300);
    }

    void shouldRefuseADatabaseFromANewerVersion()
    {
        cli({QStringLiteral("list")});
        {
            DatabaseError error;
            std::unique_ptr<Database> database = Database::open(m_location.spec(), &error);
            QVERIFY(database);
            QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (1000)")));
        }
        const Run refused = cli({QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(m_location.shownAs()), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
    }

    void shouldSpeakKoreanOnStandardErrorWhenTheLanguageIsKorean()
    {
        createDatabase();
        const Run english = run({QStringLiteral("--db"), dbPath(), QStringLiteral("show"), QStringLiteral("nobody")});
        QCOMPARE(english.err.trimmed(), QStringLiteral("There is no referral with the id \"nobody\"."));
        const Run korean = run({QStringLiteral("--db"), dbPath(), QStringLiteral("show"), QStringLiteral("nobody")}, {},
                               {QStringLiteral("LANG=ko_KR.UTF-8"), QStringLiteral("LC_ALL=")});
        QCOMPARE(korean.exitCode, 4);
        QCOMPARE(korean.err.trimmed(), QStringLiteral("ID가 \"nobody\"인 추천이 없습니다."));

        // The JSON stays English: it is an interface, not prose.
        const Run imported = run({QStringLiteral("--db"), dbPath(), QStringLiteral("import"), QStringLiteral("-")},
                                 R"([{"id": "k", "status": "Bogus"}])", {QStringLiteral("LANG=ko_KR.UTF-8"), QStringLiteral("LC_ALL=")});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY(imported.object().contains(QStringLiteral("rejected")));
        const QString error = imported.object().value(QStringLiteral("rejected")).toArray().at(0).toObject().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("파트너 센터")), qPrintable(error));
    }

    void shouldFollowLangOverTheEnvironment()
    {
        createDatabase();
        const Run korean = run({QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), QStringLiteral("ko"),
                                QStringLiteral("show"), QStringLiteral("nobody")});
        QCOMPARE(korean.exitCode, 4);
        QCOMPARE(korean.err.trimmed(), QStringLiteral("ID가 \"nobody\"인 추천이 없습니다."));
        const Run english = run({QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("show"), QStringLiteral("nobody")},
                                {}, {QStringLiteral("LANG=ko_KR.UTF-8"), QStringLiteral("LC_ALL=")});
        QCOMPARE(english.err.trimmed(), QStringLiteral("There is no referral with the id \"nobody\"."));
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("list")}).exitCode, 2);
    }

    void shouldUseTheDefaultDatabaseWithoutDb()
    {
        const Run imported = run({QStringLiteral("import"), QStringLiteral("-")}, R"({"id": "default-db"})");
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg/referral-desk/referrals.sqlite"))));
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("default-db")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
