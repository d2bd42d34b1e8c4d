#include "cliprocess.h"
#include "csvwriter.h"
#include "reportfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

// report and export as a manager runs them, over the report's fixed data set in Seoul's time
// zone: the contract's keys and the fixture's numbers, CSV, exit codes, and exports that hold
// what `list` gives for the same filter.
class TestCliReview : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;
    QTemporaryDir m_dir;

    CliRun cli(const QStringList &arguments, const QString &database = {})
    {
        const QStringList global{QStringLiteral("--db"), database.isEmpty() ? m_db.path() : database, QStringLiteral("--lang"),
                                 QStringLiteral("en"), QStringLiteral("--now"), QStringLiteral("2026-04-02T00:00:00Z")};
        return runProgram(QStringLiteral(CLI_PATH), global + arguments, {}, m_dir.filePath(QStringLiteral("xdg")),
                          {QStringLiteral("TZ=Asia/Seoul")});
    }

    CliRun report(const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-31")} + more);
    }

    QStringList listed(const QString &statuses)
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--status"), statuses});
        [&] { QCOMPARE(run.exitCode, 0); }();
        QStringList ids;
        for (const QJsonValue &referral : run.array())
            ids.append(referral.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    QStringList csvIds(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("<no file>")};
        const QList<QStringList> records = parseCsv(file.readAll());
        QStringList ids;
        for (int i = 1; i < records.size(); ++i)
            ids.append(records.at(i).at(0));
        return ids;
    }

    QStringList exported(const QStringList &filters)
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QFile::remove(path);
        const CliRun run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--output"), path} + filters);
        [&] { QCOMPARE(run.exitCode, 0); }();
        return csvIds(path);
    }

private slots:
    void initTestCase() { buildReportFixture(m_db); }

    void reportHasTheContractsKeysAndTheFixturesNumbers()
    {
        const CliRun run = report();
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.object();
        QCOMPARE(sortedKeys(json), (QStringList{QStringLiteral("forecast"), QStringLiteral("funnel"), QStringLiteral("outcomes"),
                                                QStringLiteral("period"), QStringLiteral("pipeline"), QStringLiteral("previous"),
                                                QStringLiteral("reasons"), QStringLiteral("responsiveness"), QStringLiteral("wonValue")}));
        QCOMPARE(json.value(QStringLiteral("period")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-03-01")}, {QStringLiteral("to"), QStringLiteral("2026-03-31")}}));
        QCOMPARE(json.value(QStringLiteral("funnel")).toObject(),
                 (QJsonObject{{QStringLiteral("received"), 10}, {QStringLiteral("interested"), 6}, {QStringLiteral("accepted"), 3}, {QStringLiteral("won"), 1}}));
        QCOMPARE(json.value(QStringLiteral("outcomes")).toObject(),
                 (QJsonObject{{QStringLiteral("won"), 1}, {QStringLiteral("lost"), 1}, {QStringLiteral("skipped"), 2},
                              {QStringLiteral("missed"), 1}, {QStringLiteral("declined"), 1}, {QStringLiteral("expired"), 2}}));
        const QJsonObject responsiveness = json.value(QStringLiteral("responsiveness")).toObject();
        QCOMPARE(sortedKeys(responsiveness), (QStringList{QStringLiteral("answered"), QStringLiteral("byRep"), QStringLiteral("expiredShare"),
                                                          QStringLiteral("medianFirstResponseMinutes"), QStringLiteral("missedShare"),
                                                          QStringLiteral("within24hShare")}));
        QCOMPARE(responsiveness.value(QStringLiteral("answered")).toInt(), 7);
        QCOMPARE(responsiveness.value(QStringLiteral("medianFirstResponseMinutes")).toDouble(), 240.0);
        QCOMPARE(responsiveness.value(QStringLiteral("within24hShare")).toDouble(), 6.0 / 9.0);
        QCOMPARE(responsiveness.value(QStringLiteral("missedShare")).toDouble(), 1.0 / 9.0);
        QCOMPARE(responsiveness.value(QStringLiteral("expiredShare")).toDouble(), 2.0 / 9.0);
        const QJsonObject kim = responsiveness.value(QStringLiteral("byRep")).toArray().at(0).toObject();
        QCOMPARE(kim.value(QStringLiteral("rep")).toString(), QStringLiteral("kim"));
        QCOMPARE(kim.value(QStringLiteral("medianFirstResponseMinutes")).toDouble(), 270.0);
        const QJsonArray reasons = json.value(QStringLiteral("reasons")).toArray();
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons.at(1).toObject(), (QJsonObject{{QStringLiteral("outcome"), QStringLiteral("skipped")},
                                                        {QStringLiteral("reason"), QStringLiteral("outside-region")}, {QStringLiteral("count"), 2}}));
        const QJsonArray pipeline = json.value(QStringLiteral("pipeline")).toArray();
        QCOMPARE(pipeline.size(), 3);
        QCOMPARE(pipeline.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("5000000"));
        QCOMPARE(pipeline.at(2).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("300.00"));
        QCOMPARE(json.value(QStringLiteral("forecast")).toArray().at(0).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-05"));
        QCOMPARE(json.value(QStringLiteral("wonValue")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("value"), QStringLiteral("1200.00")}}}));
        const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-29"));
        QCOMPARE(previous.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("received")).toInt(), 1);
        QVERIFY(previous.value(QStringLiteral("responsiveness")).toObject().value(QStringLiteral("medianFirstResponseMinutes")).toDouble() == 1200.0);
    }

    void reportOfOnePartner()
    {
        const CliRun run = report({QStringLiteral("--partner"), QStringLiteral("p2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(QStringLiteral("funnel")).toObject().value(QStringLiteral("received")).toInt(), 1);
    }

    void reportAsCsv()
    {
        const CliRun run = report({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> records = parseCsv(run.out);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("period"), QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("detail"),
                                             QStringLiteral("currency"), QStringLiteral("count"), QStringLiteral("value")}));
        QVERIFY(records.contains(QStringList{QStringLiteral("current"), QStringLiteral("funnel"), QStringLiteral("received"), QString(),
                                             QString(), QStringLiteral("10"), QString()}));
        QVERIFY(records.contains(QStringList{QStringLiteral("previous"), QStringLiteral("funnel"), QStringLiteral("received"), QString(),
                                             QString(), QStringLiteral("1"), QString()}));
        QVERIFY(records.contains(QStringList{QStringLiteral("current"), QStringLiteral("pipeline"), QStringLiteral("negotiating"), QString(),
                                             QStringLiteral("KRW"), QStringLiteral("1"), QStringLiteral("5000000")}));
    }

    void reportExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString from = QStringLiteral("--from");
        const QString to = QStringLiteral("--to");
        QTest::newRow("no dates") << QStringList{} << 2;
        QTest::newRow("no --to") << QStringList{from, QStringLiteral("2026-03-01")} << 2;
        QTest::newRow("not a day") << QStringList{from, QStringLiteral("2026-02-30"), to, QStringLiteral("2026-03-31")} << 2;
        QTest::newRow("slashes") << QStringList{from, QStringLiteral("2026/03/01"), to, QStringLiteral("2026-03-31")} << 2;
        QTest::newRow("from after to") << QStringList{from, QStringLiteral("2026-04-01"), to, QStringLiteral("2026-03-31")} << 2;
        QTest::newRow("bad format") << QStringList{from, QStringLiteral("2026-03-01"), to, QStringLiteral("2026-03-31"), QStringLiteral("--format"), QStringLiteral("xml")} << 2;
        QTest::newRow("unknown partner") << QStringList{from, QStringLiteral("2026-03-01"), to, QStringLiteral("2026-03-31"), QStringLiteral("--partner"), QStringLiteral("nobody")} << 4;
    }

    void reportExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = cli(QStringList{QStringLiteral("report")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void reportOfAMissingDatabase()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere/none.sqlite"));
        const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-03-31")}, missing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(missing));
    }

    void exportHoldsWhatListGivesInItsOrder()
    {
        for (const QString &statuses : {QStringLiteral("won,lost,skipped,missed,declined,expired"), QStringLiteral("skipped,declined"),
                                        QStringLiteral("negotiating,new")}) {
            const QStringList expected = listed(statuses);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(exported({QStringLiteral("--status"), statuses}), expected);
        }
        // The whole database, as `list` gives it without a filter.
        const CliRun all = cli({QStringLiteral("list")});
        QStringList everything;
        for (const QJsonValue &referral : all.array())
            everything.append(referral.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(exported({}), everything);
    }

    void listAndExportSearchAsTheWindowDoes()
    {
        const auto ids = [this](const QStringList &arguments) {
            const CliRun run = cli(arguments);
            QStringList found;
            [&] { QCOMPARE(run.exitCode, 0); }();
            for (const QJsonValue &referral : run.array())
                found.append(referral.toObject().value(QStringLiteral("id")).toString());
            found.sort();
            return found;
        };
        // A title, Korean inside a word of the notes, and the customer's name, which only the
        // referrals that show it are found by (not New, Skipped or Missed ones).
        QCOMPARE(ids({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("RFI r03")}), QStringList{QStringLiteral("r03")});
        QCOMPARE(ids({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("이전을")}).size(), 12);
        const QStringList shown{QStringLiteral("r01"), QStringLiteral("r03"), QStringLiteral("r05"), QStringLiteral("r06"),
                                QStringLiteral("r07"), QStringLiteral("r09"), QStringLiteral("r13")};
        QCOMPARE(ids({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("한빛 물산")}), shown);

        // export keeps the same rows in list's order, with the other filters too.
        const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("한빛"), QStringLiteral("--status"), QStringLiteral("expired,won")});
        QStringList inOrder;
        for (const QJsonValue &referral : listed.array())
            inOrder.append(referral.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(inOrder.size(), 3);
        QCOMPARE(exported({QStringLiteral("--search"), QStringLiteral("한빛"), QStringLiteral("--status"), QStringLiteral("expired,won")}), inOrder);
    }

    void migrateSetsUpAndBringsUpToDate()
    {
        const QString path = m_dir.filePath(QStringLiteral("team.sqlite"));
        const CliRun created = cli({QStringLiteral("migrate")}, path);
        QCOMPARE(created.exitCode, 0);
        const int latest = created.object().value(QStringLiteral("to")).toInt();
        QVERIFY(latest >= 5);
        QCOMPARE(created.object(), (QJsonObject{{QStringLiteral("from"), 0}, {QStringLiteral("to"), latest}}));
        const CliRun again = cli({QStringLiteral("migrate")}, path);
        QCOMPARE(again.object(), (QJsonObject{{QStringLiteral("from"), latest}, {QStringLiteral("to"), latest}}));
        QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("extra")}, path).exitCode, 2);
    }

    void usersAreForTeamDatabases()
    {
        const QString path = m_dir.filePath(QStringLiteral("never-created.sqlite"));
        for (const QStringList &arguments : {QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim"), QStringLiteral("--partner"), QStringLiteral("p1")},
                                             QStringList{QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("kim"), QStringLiteral("--role"), QStringLiteral("manager")},
                                             QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
            const CliRun run = cli(arguments, path);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("team databases")), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
        QVERIFY(!QFile::exists(path));
    }

    void exportDaysAreWholeDaysInTheZone()
    {
        // r09 closed 03-10 00:00 UTC (09:00 in Seoul), r05 03-13, r13 03-17, r01 03-20 05:00 UTC.
        QStringList days = exported({QStringLiteral("--from"), QStringLiteral("2026-03-10"), QStringLiteral("--to"), QStringLiteral("2026-03-20")});
        days.sort();
        QCOMPARE(days, (QStringList{QStringLiteral("r01"), QStringLiteral("r05"), QStringLiteral("r09"), QStringLiteral("r13")}));
        // r12 was skipped at 20:30 UTC on February 28: March 1 in Seoul, both ends inclusive.
        QCOMPARE(exported({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-01")}),
                 QStringList{QStringLiteral("r12")});
        QCOMPARE(exported({QStringLiteral("--to"), QStringLiteral("2026-02-28")}), QStringList());
    }

    void exportAsAWorkbook()
    {
        const QString path = m_dir.filePath(QStringLiteral("archived.xlsx"));
        const QString statuses = QStringLiteral("won,lost,skipped,missed,declined,expired");
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--status"), statuses, QStringLiteral("--format"),
                                QStringLiteral("xlsx"), QStringLiteral("--output"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(QStringLiteral("exported")).toInt(), 8);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SUPPORT_DIR "/read_xlsx.py"), path});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).object().value(QStringLiteral("rows")).toArray();
        QStringList ids;
        for (int i = 1; i < rows.size(); ++i)
            ids.append(rows.at(i).toArray().at(0).toObject().value(QStringLiteral("v")).toString());
        QCOMPARE(ids, listed(statuses));
    }

    void exportExitCodes()
    {
        const QString path = m_dir.filePath(QStringLiteral("x.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--output"), path}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), path}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), path,
                      QStringLiteral("--from"), QStringLiteral("March")}).exitCode, 2);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/x.csv"));
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
