// The reading operations of the window and the reports, and the deadline sweep: each run
// through Referral Desk's store, and the very statements it ran repeated through the C API.
#include "operations.h"
#include "comparison.h"

#include "database.h"
#include "rawsqlite.h"
#include "clock.h"
#include "referralcolumns.h"
#include "referralcounts.h"
#include "referralreport.h"
#include "referralstore.h"
#include "searchtext.h"
#include "referraltablemodel.h"
#include "statementrecorder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <functional>
#include <sqlite3.h>

namespace rd::bench {

namespace {

constexpr int kPageSize = 200; // the window's page (ReferralTableModel::kPageSize)

ReferralQuery firstPage(Tab tab)
{
    ReferralQuery query;
    query.tab = tab;
    const auto [sort, order] = defaultSort(tab);
    query.sort = sort;
    query.order = order;
    query.limit = kPageSize;
    query.withContacts = false; // as the window reads it
    return query;
}

// Words that are there to be found: a run of Hangul and a Latin word of 4 letters or more
// from the search text of the middle referral.
std::pair<QString, QString> searchWords(RawSqlite &raw, int size)
{
    const QString body = raw.scalar(QStringLiteral("SELECT body FROM referral_search LIMIT 1 OFFSET %1").arg(size / 2)).toString();
    const QString korean = QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]{4,}")).match(body).captured();
    const QString english = QRegularExpression(QStringLiteral("[A-Za-z]{4,}")).match(body).captured();
    return {korean.left(4), english.left(4).toLower()};
}

QString sortName(SortKey key)
{
    static const char *names[] = {"deadline", "received", "closed", "closing date", "title", "customer", "city", "size",
                                  "value hint", "estimated value", "accepted", "status", "value", "reason", "notes",
                                  "first industry", "first product", "first service", "fit", "handled by"};
    return QLatin1String(names[int(key)]);
}

QString tabTitle(Tab tab)
{
    switch (tab) {
    case Tab::New: return QStringLiteral("New");
    case Tab::Evaluating: return QStringLiteral("Evaluating");
    case Tab::Negotiating: return QStringLiteral("Negotiating");
    case Tab::Archived: return QStringLiteral("Archived");
    }
    return {};
}

} // namespace

QList<Measured> measureReads(const Setup &setup, const QString &path)
{
    QList<Measured> results;
    std::unique_ptr<Database> database = openDatabase(path);
    ReferralStore store(*database);
    RawSqlite raw(path);

    // 2. Opening: the window opens the database and shows each tab's first page and count.
    if (setup.measures(QStringLiteral("open"))) {
        QStringList statements;
        int rows = 0;
        {
            // Opening included: its checks and its (empty) migration run on the raw side too.
            StatementRecorder recorder;
            {
                const std::unique_ptr<Database> opened = openDatabase(path);
                ReferralStore fresh(*opened);
                fresh.countsByTab();
                for (Tab tab : allTabs())
                    rows += int(fresh.page(firstPage(tab)).rows.size());
            }
            statements = recorder.statements();
            if (qEnvironmentVariableIsSet("RD_BENCH_SHOW_SQL"))
                qInfo().noquote() << statements.join(QStringLiteral(";\n"));
        }
        const auto [ours, rawTiming] = sideBySide(
            setup.runs,
            [&] {
                const std::unique_ptr<Database> opened = openDatabase(path);
                ReferralStore fresh(*opened);
                fresh.countsByTab();
                for (Tab tab : allTabs())
                    fresh.page(firstPage(tab));
            },
            [&] {
                RawSqlite opened(path);
                replay(opened, statements);
            });
        results.append({QStringLiteral("open, each tab's count and first page"), QStringLiteral("open"), ours, rawTiming, rows, {}});
    }

    // 3. Jumping in the Archived tab (the largest) as its table does: counted when shown, then
    // the page a row is on read when the view shows it, and one page down from there.
    if (setup.measures(QStringLiteral("jump"))) {
        const ManualClock clock(setup.now);
        ReferralTableModel model(store, clock, Tab::Archived);
        const int archived = model.rowCount();
        const auto read = [&](int row) {
            if (row >= 0 && row < model.rowCount() && !model.data(model.index(row, 0), ReferralTableModel::IdRole).isValid())
                qFatal("the Archived tab read nothing at row %d: %s", row, qPrintable(model.lastError()));
        };
        // To `row`, then `step` rows on from there (none, a page down, a page up).
        const auto jump = [&](int row, int step) {
            model.reload();
            read(row);
            if (step != 0)
                read(row + step);
            return qMin(step == 0 ? ReferralTableModel::kPageSize : 2 * ReferralTableModel::kPageSize, archived);
        };
        const int page = ReferralTableModel::kPageSize;
        results.append(compare(setup, *database, raw, QStringLiteral("Archived: jump to the middle"), QStringLiteral("jump"),
                               [&] { return jump(archived / 2, 0); }));
        results.append(compare(setup, *database, raw, QStringLiteral("Archived: jump to the end"), QStringLiteral("jump"),
                               [&] { return jump(archived - 1, 0); }));
        results.append(compare(setup, *database, raw, QStringLiteral("Archived: jump to the middle, a page down"),
                               QStringLiteral("jump"), [&] { return jump(archived / 2, page); }));
        results.append(compare(setup, *database, raw, QStringLiteral("Archived: jump to the end, a page up"),
                               QStringLiteral("jump"), [&] { return jump(archived - 1, -page); }));
    }

    // 4. Search as you type, in the Archived tab (the largest): each keystroke a page and a count.
    const auto [korean, english] = searchWords(raw, setup.size);
    for (const QString &word : {english, korean}) {
        if (!setup.measures(QStringLiteral("search")))
            break;
        for (int length : {1, 2, 4}) {
            const QString typed = word.left(length);
            results.append(compare(setup, *database, raw, QStringLiteral("search \"%1\" (%2 characters)").arg(typed).arg(length),
                                   QStringLiteral("search"), [&] {
                                       ReferralQuery query = firstPage(Tab::Archived);
                                       query.search = typed;
                                       // Counted as the table counts it (ReferralTableModel::count()).
                                       const bool partly = searchReadsEveryRow(typed);
                                       countReferrals(*database, query, nullptr,
                                                      partly ? std::optional<int>(ReferralTableModel::kCountedAtOnce + 1) : std::nullopt);
                                       return int(store.page(query).rows.size());
                                   }));
        }
    }

    // 6. Sorting by each column a tab shows (as its header offers), first page of that tab.
    for (Tab tab : allTabs()) {
        if (!setup.measures(QStringLiteral("sort")))
            break;
        QList<SortKey> keys;
        for (Column column : ReferralColumns::forTab(tab)) {
            if (const std::optional<SortKey> key = ReferralColumns::sortKey(column); key && !keys.contains(*key))
                keys.append(*key);
        }
        for (SortKey sort : keys) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString name = QStringLiteral("sort by %1, %2, first page of %3")
                                         .arg(sortName(sort), order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"),
                                              tabTitle(tab));
                results.append(compare(setup, *database, raw, name, QStringLiteral("sort"), [&] {
                    ReferralQuery query = firstPage(tab);
                    query.sort = sort;
                    query.order = order;
                    return int(store.page(query).rows.size());
                }));
            }
        }
    }

    // 6. The dashboard's numbers over the last year.
    if (setup.measures(QStringLiteral("report")))
        results.append(compare(setup, *database, raw, QStringLiteral("report over a year"), QStringLiteral("report"), [&] {
        ReportScope scope;
        scope.now = setup.now;
        scope.period = ReportPeriod{setup.now.date().addDays(-364), setup.now.date(), QTimeZone::utc()};
        if (!ReportBuilder(*database).build(scope))
            qFatal("the report failed");
        return 0;
    }));
    return results;
}

Measured measureSweep(const Setup &setup, const QString &path)
{
    const QString oursPath = QDir(setup.work).filePath(QStringLiteral("sweep-ours.sqlite"));
    const QString rawPath = QDir(setup.work).filePath(QStringLiteral("sweep-raw.sqlite"));
    QDateTime due;
    int open = 0;
    {
        RawSqlite raw(path);
        open = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE deadline IS NOT NULL")).toInt();
        // The instant by which 1% of the open referrals are due.
        const qint64 ms = raw.scalar(QStringLiteral("SELECT deadline FROM referrals WHERE deadline IS NOT NULL ORDER BY deadline LIMIT 1 OFFSET %1")
                                         .arg(qMax(0, open / 100 - 1))).toLongLong();
        due = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    // What our sweep runs, learnt on a copy of its own.
    QStringList statements;
    int archived = 0;
    copyDatabase(path, oursPath);
    {
        const std::unique_ptr<Database> database = openDatabase(oursPath);
        ReferralStore store(*database);
        StatementRecorder recorder(sqliteHandle(*database));
        const SweepResult swept = store.sweep(due);
        archived = int(swept.missed.size() + swept.expired.size());
        statements = recorder.statements();
    }
    std::unique_ptr<Database> database;
    std::unique_ptr<ReferralStore> store;
    std::unique_ptr<RawSqlite> raw;
    bool oursNext = true;
    const auto [ours, rawTiming] = sideBySide(
        qMax(1, setup.runs / 2), [&] { store->sweep(due); },
        [&] { replay(*raw, statements); },
        [&] {
            // A fresh copy before each, opened untimed.
            store.reset();
            database.reset();
            raw.reset();
            if (oursNext) {
                copyDatabase(path, oursPath);
                database = openDatabase(oursPath);
                store = std::make_unique<ReferralStore>(*database);
            } else {
                copyDatabase(path, rawPath);
                raw = std::make_unique<RawSqlite>(rawPath);
            }
            oursNext = !oursNext;
        });
    return {QStringLiteral("deadline sweep, 1% of open referrals due"), QStringLiteral("sweep"), ours, rawTiming, archived, {}};
}

} // namespace rd::bench
