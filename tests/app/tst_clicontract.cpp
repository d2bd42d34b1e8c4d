#include "cliprocess.h"
#include "database.h"
#include "testlocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rd;

// The command line's contract for sweeping, importing, estimates and the database file:
// keys, exit codes and what is (not) left on disk.
class TestCliContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestLocation> m_location;
    QString m_db;

    CliRun cli(const QStringList &arguments, const QString &now = QStringLiteral("2026-10-01T12:00:00Z"), const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(CLI_PATH),
                          QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), now, QStringLiteral("--user"), QStringLiteral("dana")} + arguments,
                          input, m_dir.filePath(QStringLiteral("xdg")));
    }

    CliRun importText(const QByteArray &json, const QString &now = QStringLiteral("2026-10-01T12:00:00Z"))
    {
        return cli({QStringLiteral("import"), QStringLiteral("-")}, now, json);
    }

    // A negotiating deal "deal" with an estimate of 1,500.50 USD closing 2026-12-31.
    void negotiatingDeal()
    {
        QCOMPARE(importText(R"({"id": "deal", "createdDateTime": "2026-10-01T09:00:00Z"})").exitCode, 0);
        QCOMPARE(cli({QStringLiteral("interested"), QStringLiteral("deal")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("accept"), QStringLiteral("deal"), QStringLiteral("--value"), QStringLiteral("1500.50"),
                      QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--closing"), QStringLiteral("2026-12-31")})
                     .exitCode,
                 0);
    }

private slots:
    void init()
    {
        m_location = std::make_unique<TestLocation>(QStringLiteral("db/referrals.sqlite"));
        m_db = m_location->text();
    }

    void shouldReportSweptAndSetAsideRowsAndExitZero()
    {
        QCOMPARE(importText(R"([{"id": "a", "createdDateTime": "2026-10-01T09:00:00Z"},
                                {"id": "b", "createdDateTime": "2026-10-01T09:00:00Z"}])").exitCode, 0);
        {
            DatabaseError error;
            const std::unique_ptr<Database> database = Database::open(m_location->spec(), &error);
            QVERIFY2(database, qPrintable(error.message));
            QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("UPDATE referrals SET status = 'bogus' WHERE id = 'b'")));
        }

        const CliRun swept = cli({QStringLiteral("sweep")}, QStringLiteral("2026-10-10T00:00:00Z"));
        QCOMPARE(swept.exitCode, 0);
        QCOMPARE(swept.object().value(QStringLiteral("missed")).toArray(), QJsonArray{QStringLiteral("a")});
        QCOMPARE(swept.object().value(QStringLiteral("expired")).toArray(), QJsonArray());
        const QJsonArray setAside = swept.object().value(QStringLiteral("setAside")).toArray();
        QCOMPARE(setAside.size(), 1);
        QCOMPARE(setAside.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
        QVERIFY(!setAside.at(0).toObject().value(QStringLiteral("error")).toString().isEmpty());

        const CliRun again = cli({QStringLiteral("sweep")}, QStringLiteral("2026-10-11T00:00:00Z"));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object().value(QStringLiteral("setAside")).toArray(), QJsonArray());
    }

    void shouldCountImportsByStatusAndWhatWasArchivedAtOnce()
    {
        const CliRun imported = importText(R"({"value": [
            {"id": "fresh", "createdDateTime": "2026-10-01T09:00:00Z"},
            {"id": "late", "createdDateTime": "2026-09-20T09:00:00Z"},
            {"id": "deal", "status": "Active", "updatedDateTime": "2026-09-30T00:00:00Z"},
            {"id": "done", "status": "Closed", "substatus": "Lost", "statusReason": "Budget"},
            {"id": "bad", "status": "Bogus"}]})");
        QCOMPARE(imported.exitCode, 1); // a record was rejected
        const QJsonObject report = imported.object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("archivedAtOnce")).toInt(), 1);
        const QJsonObject byStatus = report.value(QStringLiteral("byStatus")).toObject();
        QCOMPARE(byStatus.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("missed")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("negotiating")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("lost")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("evaluating")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("late")}).object().value(QStringLiteral("status")).toString(), QStringLiteral("missed"));

        const CliRun again = importText(R"([{"id": "late", "createdDateTime": "2026-09-20T09:00:00Z"}])");
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object().value(QStringLiteral("archivedAtOnce")).toInt(), 0);
        QCOMPARE(again.object().value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("missed")).toInt(), 0);
    }

    void shouldChangeAnEstimateAndRecordOldAndNewValues()
    {
        negotiatingDeal();
        const CliRun changed = cli({QStringLiteral("estimate"), QStringLiteral("deal"), QStringLiteral("--value"), QStringLiteral("2000"),
                                    QStringLiteral("--closing"), QStringLiteral("2027-01-15"), QStringLiteral("--notes"), QStringLiteral("Bigger scope")});
        QCOMPARE(changed.exitCode, 0);
        const QJsonObject estimate = changed.object().value(QStringLiteral("estimate")).toObject();
        QCOMPARE(estimate.value(QStringLiteral("value")).toString(), QStringLiteral("2000.00"));
        QCOMPARE(estimate.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(estimate.value(QStringLiteral("closingDate")).toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(estimate.value(QStringLiteral("notes")).toString(), QStringLiteral("Bigger scope"));

        const QJsonArray history = cli({QStringLiteral("show"), QStringLiteral("deal")}).object().value(QStringLiteral("history")).toArray();
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("estimate"));
        QCOMPARE(last.value(QStringLiteral("from")).toString(), QStringLiteral("negotiating"));
        QCOMPARE(last.value(QStringLiteral("to")).toString(), QStringLiteral("negotiating"));
        QCOMPARE(last.value(QStringLiteral("value")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2000.00"));
        QCOMPARE(last.value(QStringLiteral("previous")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1500.50"));
        QCOMPARE(last.value(QStringLiteral("previous")).toObject().value(QStringLiteral("closingDate")).toString(), QStringLiteral("2026-12-31"));

        // A currency alone keeps the digits, if the new currency can hold them.
        QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("deal"), QStringLiteral("--currency"), QStringLiteral("eur")})
                     .object().value(QStringLiteral("estimate")).toObject().value(QStringLiteral("currency")).toString(),
                 QStringLiteral("EUR"));
    }

    void shouldRefuseABadEstimateWithExitThree_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero") << QStringList{QStringLiteral("--value"), QStringLiteral("0")} << "greater than zero";
        QTest::newRow("too many decimals") << QStringList{QStringLiteral("--value"), QStringLiteral("10.001")} << "decimal";
        QTest::newRow("not an amount") << QStringList{QStringLiteral("--value"), QStringLiteral("lots")} << "not an amount";
        QTest::newRow("cents into won") << QStringList{QStringLiteral("--currency"), QStringLiteral("KRW")} << "no decimals";
        QTest::newRow("unknown currency") << QStringList{QStringLiteral("--currency"), QStringLiteral("XYZ")} << "ISO 4217";
        QTest::newRow("closing in the past") << QStringList{QStringLiteral("--closing"), QStringLiteral("2026-09-01")} << "in the past";
        QTest::newRow("closing six years ahead") << QStringList{QStringLiteral("--closing"), QStringLiteral("2032-10-02")} << "5 years";
        QTest::newRow("not a date") << QStringList{QStringLiteral("--closing"), QStringLiteral("6/30/27")} << "YYYY-MM-DD";
    }

    void shouldRefuseABadEstimateWithExitThree()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        negotiatingDeal();
        const CliRun refused = cli(QStringList{QStringLiteral("estimate"), QStringLiteral("deal")} + options);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(mentions), qPrintable(refused.err));
        const QJsonObject shown = cli({QStringLiteral("show"), QStringLiteral("deal")}).object();
        QCOMPARE(shown.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1500.50"));
        QCOMPARE(shown.value(QStringLiteral("history")).toArray().size(), 3); // import, interested, accept
    }

    void shouldChangeEstimatesOnlyWhileNegotiating()
    {
        QCOMPARE(importText(R"({"id": "new-one", "createdDateTime": "2026-10-01T09:00:00Z"})").exitCode, 0);
        const CliRun refused = cli({QStringLiteral("estimate"), QStringLiteral("new-one"), QStringLiteral("--value"), QStringLiteral("10")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("negotiating")), qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("nobody"), QStringLiteral("--value"), QStringLiteral("10")}).exitCode, 4);
        QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("new-one")}).exitCode, 2);
    }

    void shouldRefuseAnAcceptClosingMoreThanFiveYearsAhead()
    {
        QCOMPARE(importText(R"({"id": "far", "createdDateTime": "2026-10-01T09:00:00Z"})").exitCode, 0);
        QCOMPARE(cli({QStringLiteral("interested"), QStringLiteral("far")}).exitCode, 0);
        const QStringList accept{QStringLiteral("accept"), QStringLiteral("far"), QStringLiteral("--value"), QStringLiteral("5"),
                                 QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--closing")};
        QCOMPARE(cli(accept + QStringList{QStringLiteral("2031-10-02")}).exitCode, 3);
        QCOMPARE(cli(accept + QStringList{QStringLiteral("2031-10-01")}).exitCode, 0);
    }

    void shouldTakeAPresetReasonByItsCode()
    {
        QCOMPARE(importText(R"([{"id": "a", "createdDateTime": "2026-10-01T09:00:00Z"},
                                {"id": "b", "createdDateTime": "2026-10-01T09:00:00Z"}])").exitCode, 0);
        const CliRun preset = cli({QStringLiteral("skip"), QStringLiteral("a"), QStringLiteral("--reason"), QStringLiteral("no-capacity")});
        QCOMPARE(preset.exitCode, 0);
        QCOMPARE(preset.object().value(QStringLiteral("reasonCode")).toString(), QStringLiteral("no-capacity"));
        QCOMPARE(preset.object().value(QStringLiteral("reason")).toString(), QStringLiteral("No capacity right now"));
        const CliRun typed = cli({QStringLiteral("skip"), QStringLiteral("b"), QStringLiteral("--reason"), QStringLiteral("Too busy this month")});
        QVERIFY(!typed.object().contains(QStringLiteral("reasonCode")));
        QCOMPARE(typed.object().value(QStringLiteral("reason")).toString(), QStringLiteral("Too busy this month"));
    }

    void shouldNotCreateADatabaseToListOrShow_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("x")};
    }

    void shouldNotCreateADatabaseToListOrShow()
    {
        QFETCH(QStringList, command);
        m_location->drop(); // on a server, a database its administrator has not made yet
        const CliRun result = cli(command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(m_location->shownAs()), qPrintable(result.err));
        if (!m_location->onServer())
            QVERIFY(!QFileInfo::exists(QFileInfo(m_db).absolutePath()));
    }

    void shouldRefuseAnEmptyDatabasePath()
    {
        for (const QStringList &arguments : {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("list")},
                                             QStringList{QStringLiteral("--db="), QStringLiteral("sweep")}}) {
            const CliRun result = runProgram(QStringLiteral(CLI_PATH), arguments, {}, m_dir.filePath(QStringLiteral("xdg")));
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("--db")), qPrintable(result.err));
        }
    }

    void shouldSayInItsOwnWordsWhatCannotBeImported_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("an empty file name") << QStringList{QString()} << QByteArray() << "empty file name";
        QTest::newRow("null on standard input") << QStringList{QStringLiteral("-")} << QByteArray("null") << "holds no referral";
        QTest::newRow("zero bytes on standard input") << QStringList{QStringLiteral("-")} << QByteArray(100000, '\0') << "zero byte";
        QTest::newRow("a folder") << QStringList{QStringLiteral("/")} << QByteArray() << "folder";
    }

    void shouldSayInItsOwnWordsWhatCannotBeImported()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const CliRun result = cli(QStringList{QStringLiteral("import")} + arguments, QStringLiteral("2026-10-01T12:00:00Z"), input);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("No file name specified")), qPrintable(result.err));
    }

    void shouldKeepTheDatabaseOwnerOnly()
    {
        if (m_location->onServer())
            QSKIP("a server keeps its own files; this is about the database file");
        QCOMPARE(cli({QStringLiteral("sweep")}).exitCode, 0);
        QCOMPARE(QFileInfo(m_db).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(m_db).absolutePath()).permissions() & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
    }

    void shouldLetSeveralProcessesCreateANewDatabaseAtOnce()
    {
        QList<QProcess *> processes;
        for (int i = 0; i < 6; ++i) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(CLI_PATH), {QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("-")});
            process->write(QStringLiteral(R"([{"id": "p%1"}])").arg(i).toUtf8());
            process->closeWriteChannel();
            processes.append(process);
        }
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        QCOMPARE(cli({QStringLiteral("list")}).array().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_clicontract.moc"
