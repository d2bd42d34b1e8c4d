// referral-desk-bench: measures Referral Desk's operations on a sample database of a given
// size beside the same SQL through SQLite's C API, and prints the figures as JSON for
// scripts/bench (docs/performance.md). A benchmark, not a test: it asserts nothing but that
// both sides did the same work.
#include "operations.h"
#include "rawsqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

using namespace rd;
using namespace rd::bench;

namespace {

QJsonObject timingJson(const Timing &timing)
{
    return {{QStringLiteral("median_ms"), timing.medianMs}, {QStringLiteral("worst_ms"), timing.worstMs}};
}

QJsonObject measuredJson(const Measured &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("group"), m.group},
            {QStringLiteral("rows"), m.rows},
            {QStringLiteral("ours"), timingJson(m.ours)},
            {QStringLiteral("raw"), timingJson(m.raw)},
            {QStringLiteral("ratio"), m.raw.medianMs > 0 ? m.ours.medianMs / m.raw.medianMs : 0.0},
            {QStringLiteral("not_measured"), m.notMeasured}};
}

// What each table and index costs on disk (SQLite's dbstat), largest first.
QJsonArray storageJson(const QString &path)
{
    RawSqlite raw(path);
    QJsonArray list;
    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")))
        list.append(QJsonObject{{QStringLiteral("name"), row.at(0).toString()}, {QStringLiteral("bytes"), row.at(1).toLongLong()}});
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Referral Desk beside raw SQLite."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Referrals in the sample database."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption importSize(QStringLiteral("import"), QStringLiteral("Referrals in the import file (default: the size)."), QStringLiteral("N"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each operation."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Folder for databases and files."), QStringLiteral("DIR"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("referral-desk-cli, for the import."), QStringLiteral("PATH"));
    // For working on one operation: measure on the database a run before made, and only some groups.
    const QCommandLineOption reuse(QStringLiteral("reuse"), QStringLiteral("Keep the sample database a run before made; measure neither its making nor the import."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Measure only these groups: open, jump, search, sort, report, sweep, find, outbox."), QStringLiteral("GROUP,..."));
    parser.addOptions({size, importSize, runs, work, cli, reuse, only});
    parser.process(app);

    Setup setup;
    setup.size = parser.value(size).toInt();
    setup.runs = qMax(1, parser.value(runs).toInt());
    setup.work = parser.value(work);
    setup.cli = parser.value(cli);
    setup.now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    if (parser.isSet(only))
        setup.groups = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (setup.size < 100 || setup.work.isEmpty() || setup.cli.isEmpty())
        qFatal("give --size (100 or more), --work and --cli");
    QDir().mkpath(setup.work);
    QTextStream err(stderr);

    const QString path = QDir(setup.work).filePath(QStringLiteral("bench-%1.sqlite").arg(setup.size));
    QJsonArray operations;
    long peakKb = 0;
    const int imported = parser.isSet(importSize) ? parser.value(importSize).toInt() : setup.size;
    Measured import;
    if (!parser.isSet(reuse) || !QFileInfo::exists(path)) {
        err << "making " << setup.size << " sample referrals…" << Qt::endl;
        operations.append(measuredJson(generateDatabase(setup, path)));
        err << "importing…" << Qt::endl;
        import = importFile(setup, imported, &peakKb);
        operations.append(measuredJson(import));
    }
    err << "reading…" << Qt::endl;
    for (const Measured &measured : measureReads(setup, path))
        operations.append(measuredJson(measured));
    if (setup.measures(QStringLiteral("sweep"))) {
        err << "sweeping…" << Qt::endl;
        operations.append(measuredJson(measureSweep(setup, path)));
    }
    if (setup.measures(QStringLiteral("find")) || setup.measures(QStringLiteral("outbox"))) {
        err << "finding partners and sending mail…" << Qt::endl;
        for (const Measured &measured : measureProgramme(setup, path))
            operations.append(measuredJson(measured));
    }

    const QJsonObject result{
        {QStringLiteral("size"), setup.size},
        {QStringLiteral("runs"), setup.runs},
        {QStringLiteral("import"), QJsonObject{{QStringLiteral("referrals"), imported},
                                               {QStringLiteral("per_second"), import.ours.medianMs > 0 ? imported / (import.ours.medianMs / 1000) : 0.0},
                                               {QStringLiteral("peak_resident_kb"), qint64(peakKb)}}},
        {QStringLiteral("database_bytes"), QFileInfo(path).size()},
        {QStringLiteral("storage"), storageJson(path)},
        {QStringLiteral("operations"), operations},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
