// referral-desk-gui-bench: the whole window on a database as a person meets it, under the
// offscreen platform: the time from start to the first painted table, each tab's switch to its
// painted table, a search typed into it, the longest the GUI thread went without running its
// event loop (while a change made by another program is read again), and the resident memory
// after all of it, and the same stall while another program sweeps 1% of the open referrals'
// deadlines. Prints one JSON object for docs/performance.md. A benchmark, not a test.
#include "clock.h"
#include "database.h"
#include "desk.h"
#include "mainwindow.h"
#include "referraltablemodel.h"
#include "referraltabpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QSqlQuery>
#include <cstdio>

using namespace rd;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// The longest gap between the turns of the event loop: a timer due every millisecond that came late.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestMs = qMax(m_longestMs, double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_longestMs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longestMs = 0;
};

QTableView *tableOf(MainWindow &window, Tab tab)
{
    return window.page(tab)->findChild<QTableView *>();
}

// Runs the event loop until `widget` has painted once more than `before`, or 10 s went by (a
// table whose rows did not change may not paint again).
void waitForPaint(PaintCounter &counter, int before)
{
    QElapsedTimer waited;
    waited.start();
    while (counter.paints <= before && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("referral-desk-gui-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the window of Referral Desk on a database."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database (a copy: the bench changes one referral)."), QStringLiteral("PATH"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("The clock's start."), QStringLiteral("ISO-8601-UTC"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("What to type into the search field."), QStringLiteral("TEXT"),
                                    QStringLiteral("demo"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("referral-desk-cli, the other program that sweeps."), QStringLiteral("PATH"));
    parser.addOptions({db, now, search, cli});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(cli))
        parser.showHelp(2);
    ShiftedClock clock(QDateTime::fromString(parser.value(now), Qt::ISODate).isValid() ? QDateTime::fromString(parser.value(now), Qt::ISODate)
                                                                                      : QDateTime::currentDateTimeUtc());
    if (!QFile::exists(parser.value(db))) {
        std::fprintf(stderr, "no database at %s\n", qPrintable(parser.value(db)));
        return 2;
    }
    Desk desk(clock, Session{QStringLiteral("bench")});
    if (!desk.open(ConnectionSpec::sqliteFile(parser.value(db))))
        return 1;
    MainWindow &window = *desk.window();
    QJsonObject result;

    // 1. The first painted table.
    PaintCounter first;
    QTableView *current = tableOf(window, Tab(window.tabs()->currentIndex()));
    current->viewport()->installEventFilter(&first);
    waitForPaint(first, 0);
    result.insert(QStringLiteral("first_paint_ms"), double(sinceStart.nsecsElapsed()) / 1e6);

    // 2. Each tab: switched to, painted.
    StallProbe probe;
    QJsonObject switches;
    for (Tab tab : {Tab::Evaluating, Tab::Negotiating, Tab::Archived, Tab::New}) {
        PaintCounter painted;
        tableOf(window, tab)->viewport()->installEventFilter(&painted);
        QElapsedTimer took;
        took.start();
        window.tabs()->setCurrentIndex(int(tab));
        waitForPaint(painted, 0);
        switches.insert(QString::number(int(tab)), double(took.nsecsElapsed()) / 1e6);
        tableOf(window, tab)->viewport()->removeEventFilter(&painted);
    }
    result.insert(QStringLiteral("tab_switch_ms"), switches);

    // 3. A search in the Archived tab: from the moment the table reads again (after the 250 ms
    // the field waits for more typing) to the painted result.
    window.tabs()->setCurrentIndex(int(Tab::Archived));
    QCoreApplication::processEvents();
    {
        PaintCounter painted;
        QTableView *archived = tableOf(window, Tab::Archived);
        archived->viewport()->installEventFilter(&painted);
        ReferralTableModel *model = window.page(Tab::Archived)->model();
        QElapsedTimer took;
        bool reset = false;
        const QMetaObject::Connection reading =
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, &app, [&took] { took.start(); });
        const QMetaObject::Connection read = QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&reset] { reset = true; });
        probe.start();
        QElapsedTimer waited;
        waited.start();
        window.searchField()->setText(parser.value(search));
        while (!reset && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(reading);
        QObject::disconnect(read);
        const double untilRead = took.isValid() ? double(took.nsecsElapsed()) / 1e6 : -1;
        waitForPaint(painted, painted.paints);
        result.insert(QStringLiteral("search_ms"), took.isValid() ? double(took.nsecsElapsed()) / 1e6 : -1);
        result.insert(QStringLiteral("search_read_ms"), untilRead);
        result.insert(QStringLiteral("search_longest_stall_ms"), probe.stop());
        archived->viewport()->removeEventFilter(&painted);
    }
    window.searchField()->clear();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);

    // 4. A change made elsewhere, read again by the window as it arrives.
    {
        window.tabs()->setCurrentIndex(int(Tab::New));
        ReferralTableModel *model = window.page(Tab::New)->model();
        const int before = model->rowCount();
        const QString id = model->referralAt(0).id;
        DatabaseError error;
        std::unique_ptr<Database> other = Database::open(ConnectionSpec::sqliteFile(parser.value(db)), &error);
        if (!other || id.isEmpty()) {
            std::fprintf(stderr, "cannot change a referral elsewhere: %s\n", qPrintable(error.message));
            return 1;
        }
        ReferralStore otherStore(*other);
        ActionRequest interested;
        interested.action = Action::Interested;
        probe.start();
        QElapsedTimer took;
        took.start();
        if (otherStore.apply(id, interested, clock.now(), QStringLiteral("elsewhere")).result != ActionOutcome::Result::Applied) {
            std::fprintf(stderr, "the change elsewhere was refused\n");
            return 1;
        }
        while (model->rowCount() == before && took.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        result.insert(QStringLiteral("live_update_seen_ms"), double(took.nsecsElapsed()) / 1e6);
        result.insert(QStringLiteral("live_update_longest_stall_ms"), probe.stop());
    }

    // 5. A sweep of 1% of the open referrals by another program (its own thread and connection,
    // as the command line's would be), and the window reading what it archived.
    {
        DatabaseError readError;
        std::unique_ptr<Database> reader = Database::open(ConnectionSpec::sqliteFile(parser.value(db)), &readError);
        if (!reader) {
            std::fprintf(stderr, "cannot read the deadlines: %s\n", qPrintable(readError.message));
            return 1;
        }
        QSqlQuery due(reader->connection());
        due.exec(QStringLiteral("SELECT deadline FROM referrals WHERE deadline IS NOT NULL ORDER BY deadline LIMIT 1 OFFSET "
                                "(SELECT MAX(0, COUNT(*) / 100 - 1) FROM referrals WHERE deadline IS NOT NULL)"));
        const QDateTime until = due.next() ? QDateTime::fromMSecsSinceEpoch(due.value(0).toLongLong(), QTimeZone::utc()) : clock.now();
        due.finish();
        reader.reset();
        ReferralTableModel *model = window.page(Tab::New)->model();
        const int before = model->rowCount() + window.page(Tab::Evaluating)->model()->rowCount();
        QProcess sweeper;
        sweeper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start();
        QElapsedTimer took;
        took.start();
        sweeper.start(parser.value(cli), {QStringLiteral("--db"), parser.value(db), QStringLiteral("--now"),
                                          until.toString(Qt::ISODateWithMs), QStringLiteral("sweep")});
        while (sweeper.state() != QProcess::NotRunning && took.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // Then the window reads what it archived (none on a tiny database: it waits no longer).
        QElapsedTimer reading;
        reading.start();
        while (model->rowCount() + window.page(Tab::Evaluating)->model()->rowCount() == before && reading.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        result.insert(QStringLiteral("sweep_ms"), double(took.nsecsElapsed()) / 1e6);
        result.insert(QStringLiteral("sweep_longest_stall_ms"), probe.stop());
        result.insert(QStringLiteral("sweep_exit_code"), sweeper.exitCode());
        sweeper.waitForFinished(-1);
    }

    result.insert(QStringLiteral("resident_kb"), qint64(residentKb()));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
