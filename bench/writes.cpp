// The writing operations: making the sample database (as `demo` does) and importing a Partner
// Center file (as `import` does), each beside the same inserts through SQLite's C API.
#include "operations.h"

#include "database.h"
#include "fitsummary.h"
#include "partnercenterwriter.h"
#include "rawsqlite.h"
#include "referralrow.h"
#include "referralstore.h"
#include "samplereferrals.h"
#include "searchtext.h"
#include "sqldialect.h"
#include "transitionplan.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <sys/resource.h>

namespace rd::bench {

namespace {

constexpr quint32 kSeed = 2026;
constexpr int kDemoBatch = 5000;   // as referral-desk-cli demo stores them
constexpr int kImportBatch = 500;  // as the importer stores them
const QString kActor = QStringLiteral("bench");

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A database with the schema and nothing else, for the raw inserts.
void createEmpty(const QString &path)
{
    removeDatabase(path);
    DatabaseError error;
    if (!Database::open(ConnectionSpec::sqliteFile(path), &error))
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
}

// The inserts of one referral as the writer makes them, through the C API.
class RawInserts
{
public:
    explicit RawInserts(RawSqlite &db)
        : m_referral(db.handle(), ReferralRow::insertStatement())
        , m_history(db.handle(), ReferralRow::historyInsertStatement())
        , m_search(db.handle(), makeSqliteDialect()->searchIndexInsert())
        , m_fitCount(db.handle(), FitSummary::countStatement())
        , m_fitTerm(db.handle(), FitSummary::termStatement())
        , m_fitWide(db.handle(), FitSummary::wideStatement())
    {
    }

    // What one referral writes, computed before the clock runs: only the SQL work is timed.
    struct Rows
    {
        QVariantList referral;
        QList<QVariantList> history;
        QVariantList search;
        FitSummary::ArrivalRows fit;
    };
    static Rows rowsOf(const Referral &arriving, const QDateTime &now, const QList<HistoryEntry> &story)
    {
        const ArrivalPlan arrival = planArrival(arriving, now, kActor, DeadlinePolicy());
        Rows rows{ReferralRow::values(arrival.referral, now), {}, {searchBody(arrival.referral), arrival.referral.id},
                  FitSummary::rowsOnArrival(arrival.referral)};
        if (story.isEmpty())
            rows.history.append(ReferralRow::historyValues(arrival.referral.id, arrival.entry));
        for (HistoryEntry entry : story) {
            if (entry.actor.isEmpty())
                entry.actor = kActor;
            rows.history.append(ReferralRow::historyValues(arrival.referral.id, entry));
        }
        return rows;
    }

    void write(const Rows &rows)
    {
        m_referral.bind(rows.referral);
        m_referral.run();
        for (const QVariantList &history : rows.history) {
            m_history.bind(history);
            m_history.run();
        }
        m_search.bind(rows.search);
        m_search.run();
        for (const auto &[statement, fitRows] : {std::pair{&m_fitWide, &rows.fit.wide}, std::pair{&m_fitCount, &rows.fit.counts},
                                                 std::pair{&m_fitTerm, &rows.fit.terms}}) {
            for (const QVariantList &row : *fitRows) {
                statement->bind(row);
                statement->run();
            }
        }
    }

private:
    RawStatement m_referral;
    RawStatement m_history;
    RawStatement m_search;
    RawStatement m_fitCount;
    RawStatement m_fitTerm;
    RawStatement m_fitWide;
};

// Both databases hold the same rows, or the two runs did not do the same work.
void checkSameRows(const QString &ours, const QString &raw)
{
    RawSqlite a(ours);
    RawSqlite b(raw);
    for (const char *table : {"referrals", "referral_history", "referral_search", "outbox", "similarity_outcomes", "similarity_terms",
                              "similarity_wide"}) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
        if (a.scalar(count) != b.scalar(count))
            qFatal("ours and the raw run stored different rows in %s", table);
    }
    const QString counted = QStringLiteral("SELECT SUM(triaged) * 1000003 + SUM(won) FROM similarity_outcomes");
    if (a.scalar(counted) != b.scalar(counted))
        qFatal("ours and the raw run counted Fit's summary differently");
}

// New referrals received over the last two days: nothing in them is due on arrival.
QList<Referral> arrivingReferrals(int count, int first, const QDateTime &now)
{
    QList<Referral> referrals = sampleReferrals(count, now, kSeed + 1, first);
    for (qsizetype i = 0; i < referrals.size(); ++i) {
        Referral &r = referrals[i];
        r.id = QStringLiteral("pc-%1").arg(first + i, 8, 10, QLatin1Char('0'));
        r.status = Status::New;
        r.receivedAt = now.addSecs(-((first + i) * 7919 % (48 * 3600)) - 60);
        r.statusSince = r.receivedAt;
        r.closedAt = r.acceptedAt = QDateTime();
        r.estimate.reset();
        r.finalValue.reset();
        r.reason.clear();
        r.reasonCode.clear();
        r.sample = false;
    }
    return referrals;
}

QString writeImportFile(const Setup &setup, int count)
{
    const QString path = QDir(setup.work).filePath(QStringLiteral("import-%1.json").arg(count));
    if (QFile::exists(path))
        return path;
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write("{\"value\": [\n");
    for (int done = 0; done < count; done += kImportBatch) {
        const QList<Referral> batch = arrivingReferrals(qMin(kImportBatch, count - done), done, setup.now);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (done + i > 0)
                file.write(",\n");
            file.write(QJsonDocument(*partnerCenterRecord(batch.at(i))).toJson(QJsonDocument::Compact));
        }
    }
    file.write("\n]}\n");
    file.close();
    QFile::rename(file.fileName(), path);
    return path;
}

} // namespace

Measured generateDatabase(const Setup &setup, const QString &path)
{
    Measured measured{QStringLiteral("make the sample database (demo)"), QStringLiteral("import"), {}, {}, setup.size, {}};
    const QString rawPath = path + QStringLiteral(".raw");
    removeDatabase(path);
    createEmpty(rawPath);
    double oursMs = 0;
    double rawMs = 0;
    {
        DatabaseError error;
        const std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        if (!database)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
        ReferralStore store(*database);
        RawSqlite raw(rawPath);
        RawInserts inserts(raw);
        for (int done = 0; done < setup.size; done += kDemoBatch) {
            const SampleBatch batch = sampleBatch(qMin(kDemoBatch, setup.size - done), setup.now, kSeed, done);
            oursMs += timeMs([&] {
                if (!store.insert(batch.referrals, setup.now, kActor, InsertMode::AsGiven, batch.stories).error.isEmpty())
                    qFatal("our store refused the samples");
            });
            QList<RawInserts::Rows> rows;
            for (qsizetype i = 0; i < batch.referrals.size(); ++i)
                rows.append(RawInserts::rowsOf(batch.referrals.at(i), setup.now, batch.stories.at(i)));
            rawMs += timeMs([&] {
                raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
                for (const RawInserts::Rows &one : rows)
                    inserts.write(one);
                raw.exec(QStringLiteral("COMMIT"));
            });
        }
    }
    checkSameRows(path, rawPath);
    removeDatabase(rawPath);
    measured.ours = {oursMs, oursMs};
    measured.raw = {rawMs, rawMs};
    return measured;
}

Measured importFile(const Setup &setup, int count, long *peakResidentKb)
{
    Measured measured{QStringLiteral("import a Partner Center file"), QStringLiteral("import"), {}, {}, count, {}};
    const QString file = writeImportFile(setup, count);
    const QString oursPath = QDir(setup.work).filePath(QStringLiteral("import-ours.sqlite"));
    const QString rawPath = QDir(setup.work).filePath(QStringLiteral("import-raw.sqlite"));
    QList<double> oursMs;
    QList<double> rawMs;
    for (int run = 0; run < qMax(1, setup.runs / 2); ++run) {
        // Ours: the command line as a user runs it, reading and checking the file as it goes.
        createEmpty(oursPath);
        oursMs.append(timeMs([&] {
            QProcess cli;
            cli.start(setup.cli, {QStringLiteral("--db"), oursPath, QStringLiteral("--user"), kActor, QStringLiteral("--now"),
                                  setup.now.toString(Qt::ISODateWithMs), QStringLiteral("import"), file});
            if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
                qFatal("the import failed: %s", cli.readAllStandardError().constData());
        }));
        // Raw: the same rows, parsed and planned before the clock runs.
        createEmpty(rawPath);
        RawSqlite raw(rawPath);
        RawInserts inserts(raw);
        double ms = 0;
        for (int done = 0; done < count; done += kImportBatch) {
            QList<RawInserts::Rows> rows;
            for (const Referral &referral : arrivingReferrals(qMin(kImportBatch, count - done), done, setup.now))
                rows.append(RawInserts::rowsOf(referral, setup.now, {}));
            ms += timeMs([&] {
                raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
                for (const RawInserts::Rows &one : rows)
                    inserts.write(one);
                raw.exec(QStringLiteral("COMMIT"));
            });
        }
        rawMs.append(ms);
    }
    checkSameRows(oursPath, rawPath);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    *peakResidentKb = usage.ru_maxrss;
    measured.ours = summarise(oursMs);
    measured.raw = summarise(rawMs);
    return measured;
}

} // namespace rd::bench
