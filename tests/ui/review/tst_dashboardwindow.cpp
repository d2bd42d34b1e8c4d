#include "dashboardwindow.h"
#include "databasesettings.h"
#include "displaytext.h"
#include "profilestore.h"
#include "ratesdialog.h"
#include "reasons.h"
#include "reportfixture.h"
#include "reviewmenu.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QStringLiteral("<none>");
}

QStringList headers(QTableWidget *table)
{
    QStringList names;
    for (int column = 0; column < table->columnCount(); ++column)
        names.append(table->horizontalHeaderItem(column)->text());
    return names;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The dashboard over the report's fixed data set (reportfixture.h) for March 2026 in Seoul:
// every table says the numbers computed by hand in tests/review/tst_report.cpp, the previous
// period beside them; conversion names its rates; the language switches the charts; the PDF
// holds the numbers, the periods and Korean text.
class TestDashboardWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    std::unique_ptr<WindowFixture> m_fixture;
    QPointer<DashboardWindow> m_window;

    void waitForReport(const std::function<void()> &change)
    {
        QSignalSpy shown(m_window.data(), &DashboardWindow::reportShown);
        change();
        QVERIFY(shown.wait(10000));
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_dashboardwindow")); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(reportNow());
        buildReportFixture(m_fixture->db());
        // A partner named in Korean, for the PDF's Korean text.
        QVERIFY(ProfileStore(m_fixture->db().database()).setPartner({QStringLiteral("p1"), QStringLiteral("한빛 파트너")}).stored());
        m_fixture->openWindow();
        QAction *dashboard = m_fixture->window()->reviewMenu()->dashboardAction();
        QCOMPARE(dashboard->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        dashboard->trigger();
        m_window = m_fixture->window()->reviewMenu()->dashboardWindow();
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
        waitForReport([this] { m_window->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31)); });
    }

    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void funnelWithItsRatesAndThePreviousPeriod()
    {
        QTableWidget *funnel = m_window->table(QStringLiteral("funnel"));
        QCOMPARE(funnel->rowCount(), 4);
        // This period: received 10, interested 6, accepted 3, won 1; before: 1, 1, 1, 0.
        QCOMPARE(cell(funnel, 0, 1), QStringLiteral("10"));
        QCOMPARE(cell(funnel, 1, 1), QStringLiteral("6"));
        QCOMPARE(cell(funnel, 1, 2), QStringLiteral("60.0%"));
        QCOMPARE(cell(funnel, 2, 1), QStringLiteral("3"));
        QCOMPARE(cell(funnel, 2, 2), QStringLiteral("50.0%"));
        QCOMPARE(cell(funnel, 3, 1), QStringLiteral("1"));
        QCOMPARE(cell(funnel, 3, 2), QStringLiteral("33.3%"));
        QCOMPARE(cell(funnel, 0, 3), QStringLiteral("1"));
        QCOMPARE(cell(funnel, 2, 4), QStringLiteral("100.0%"));
        QCOMPARE(cell(funnel, 3, 3), QStringLiteral("0"));
        QCOMPARE(cell(funnel, 3, 4), QStringLiteral("0.0%"));
        // The chart draws the same numbers, this period beside the previous one.
        auto *series = qobject_cast<QAbstractBarSeries *>(m_window->chart(QStringLiteral("funnel"))->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QCOMPARE(series->barSets().at(0)->at(0), 10.0);
        QCOMPARE(series->barSets().at(1)->at(0), 1.0);
        const QString comparison = m_window->findChild<QLabel *>(QStringLiteral("comparison"))->text();
        QVERIFY2(comparison.contains(DisplayText::date(QDate(2026, 1, 29))) && comparison.contains(DisplayText::date(QDate(2026, 3, 31))),
                 qPrintable(comparison));
    }

    void outcomesReasonsAndResponsiveness()
    {
        QTableWidget *outcomes = m_window->table(QStringLiteral("outcomes"));
        QCOMPARE(cell(outcomes, 0, 0), QStringLiteral("2026-03"));
        const QStringList names = headers(outcomes);
        auto column = [&names](Status status) { return int(names.indexOf(statusTitle(status))); };
        QCOMPARE(cell(outcomes, 0, column(Status::Won)), QStringLiteral("1"));
        QCOMPARE(cell(outcomes, 0, column(Status::Lost)), QStringLiteral("1"));
        QCOMPARE(cell(outcomes, 0, column(Status::Skipped)), QStringLiteral("2"));
        QCOMPARE(cell(outcomes, 0, column(Status::Missed)), QStringLiteral("1"));
        QCOMPARE(cell(outcomes, 0, column(Status::Declined)), QStringLiteral("1"));
        QCOMPARE(cell(outcomes, 0, column(Status::Expired)), QStringLiteral("2"));
        QCOMPARE(cell(outcomes, 2, column(Status::Expired)), QStringLiteral("0")); // the previous period

        QTableWidget *reasons = m_window->table(QStringLiteral("reasons"));
        QCOMPARE(reasons->rowCount(), 3);
        QCOMPARE(cell(reasons, 0, 1), QStringLiteral("Too far away"));
        // One preset given in English and in Korean: one row, in the UI language.
        QCOMPARE(cell(reasons, 1, 0), statusTitle(Status::Skipped));
        QCOMPARE(cell(reasons, 1, 1), Reasons::title(QStringLiteral("outside-region")));
        QCOMPARE(cell(reasons, 1, 2), QStringLiteral("2"));
        QCOMPARE(cell(reasons, 2, 1), Reasons::title(QStringLiteral("price")));

        QTableWidget *answers = m_window->table(QStringLiteral("responsiveness"));
        QCOMPARE(cell(answers, 0, 1), QStringLiteral("9"));
        QCOMPARE(cell(answers, 1, 1), QStringLiteral("7"));
        QCOMPARE(cell(answers, 2, 1), DisplayText::timeLeft(240 * 60'000)); // median of 60 60 120 240 300 600 1800
        QCOMPARE(cell(answers, 3, 1), QStringLiteral("66.7%"));
        QCOMPARE(cell(answers, 4, 1), QStringLiteral("11.1%"));
        QCOMPARE(cell(answers, 5, 1), QStringLiteral("22.2%"));
        QCOMPARE(cell(answers, 2, 2), DisplayText::timeLeft(1200 * 60'000)); // r09, in February
        QVERIFY2(m_window->noteOf(QStringLiteral("responsiveness")).startsWith(QStringLiteral("1 referral")),
                 qPrintable(m_window->noteOf(QStringLiteral("responsiveness"))));

        QTableWidget *byRep = m_window->table(QStringLiteral("byRep"));
        QCOMPARE(byRep->rowCount(), 3);
        QCOMPARE(cell(byRep, 0, 0), QStringLiteral("kim"));
        QCOMPARE(cell(byRep, 0, 1), QStringLiteral("4"));
        QCOMPARE(cell(byRep, 0, 2), DisplayText::timeLeft(270 * 60'000));
        QCOMPARE(cell(byRep, 0, 3), QStringLiteral("100.0%"));
        QCOMPARE(cell(byRep, 0, 4), DisplayText::timeLeft(1200 * 60'000));
        QCOMPARE(cell(byRep, 1, 2), DisplayText::timeLeft(930 * 60'000));
        QCOMPARE(cell(byRep, 1, 3), QStringLiteral("50.0%"));
        QCOMPARE(cell(byRep, 2, 0), QStringLiteral("park"));
    }

    void pipelineForecastAndEstimates()
    {
        QTableWidget *pipeline = m_window->table(QStringLiteral("pipeline"));
        QCOMPARE(pipeline->rowCount(), 3);
        QCOMPARE(cell(pipeline, 0, 0), statusTitle(Status::New));
        QCOMPARE(cell(pipeline, 0, 3), DisplayText::money(Money{5000, QStringLiteral("USD")}));
        QCOMPARE(cell(pipeline, 1, 3), DisplayText::money(Money{5000000, QStringLiteral("KRW")}));
        QCOMPARE(cell(pipeline, 2, 3), DisplayText::money(Money{30000, QStringLiteral("USD")}));
        QCOMPARE(pipeline->columnCount(), 4); // nothing converted unless asked

        QTableWidget *forecast = m_window->table(QStringLiteral("forecast"));
        QCOMPARE(forecast->rowCount(), 2);
        QCOMPARE(cell(forecast, 0, 0), QStringLiteral("2026-05"));
        QCOMPARE(cell(forecast, 1, 3), DisplayText::money(Money{30000, QStringLiteral("USD")}));

        QTableWidget *estimates = m_window->table(QStringLiteral("estimates"));
        QCOMPARE(estimates->rowCount(), 1);
        QCOMPARE(cell(estimates, 0, 0), QStringLiteral("EUR"));
        QCOMPARE(cell(estimates, 0, 2), DisplayText::money(Money{100000, QStringLiteral("EUR")}));
        QCOMPARE(cell(estimates, 0, 3), DisplayText::money(Money{120000, QStringLiteral("EUR")}));
        QCOMPARE(cell(estimates, 0, 5), QStringLiteral("1"));   // closed early
        QCOMPARE(cell(estimates, 0, 6), QStringLiteral("-26.0")); // April 15 estimated, won March 20
    }

    void onePartner()
    {
        waitForReport([this] { m_window->setPartner(QStringLiteral("p2")); });
        QTableWidget *funnel = m_window->table(QStringLiteral("funnel"));
        QCOMPARE(cell(funnel, 0, 1), QStringLiteral("1"));
        QCOMPARE(cell(m_window->table(QStringLiteral("byRep")), 0, 0), QStringLiteral("park"));
    }

    void conversionNamesItsRatesAndWhatItLeftOut()
    {
        m_window->showRates();
        RatesDialog *dialog = m_window->ratesDialog();
        QVERIFY(dialog);
        dialog->targetField()->setText(QStringLiteral("KRW"));
        dialog->addRate(ExchangeRate{QStringLiteral("USD"), QStringLiteral("abc"), QDate(2026, 3, 30)});
        dialog->accept();
        QVERIFY(dialog->isVisible()); // a rate that is not a number keeps it open
        QVERIFY(!dialog->problems().isEmpty());
        dialog->table()->item(0, 1)->setText(QStringLiteral("1350"));
        dialog->accept();
        QTRY_VERIFY(!m_window->ratesDialog());

        QTableWidget *pipeline = m_window->table(QStringLiteral("pipeline"));
        QCOMPARE(pipeline->columnCount(), 5);
        QCOMPARE(pipeline->horizontalHeaderItem(4)->text(), QStringLiteral("In KRW"));
        QCOMPARE(cell(pipeline, 0, 4), DisplayText::money(Money{67500, QStringLiteral("KRW")}));   // $50.00 at 1350
        QCOMPARE(cell(pipeline, 1, 4), DisplayText::money(Money{5000000, QStringLiteral("KRW")}));
        QCOMPARE(cell(pipeline, 2, 4), DisplayText::money(Money{405000, QStringLiteral("KRW")}));  // $300.00
        QCOMPARE(cell(pipeline, 3, 4), DisplayText::money(Money{5472500, QStringLiteral("KRW")})); // the total
        const QString note = m_window->noteOf(QStringLiteral("pipeline"));
        QVERIFY2(note.contains(QStringLiteral("1 USD = 1350 KRW")) && note.contains(DisplayText::date(QDate(2026, 3, 30))), qPrintable(note));
        // The rates are the database's: kept in its settings table.
        QVERIFY(DatabaseSettings::value(m_fixture->db().database(), QStringLiteral("review.rates")).value_or(QString()).contains(QStringLiteral("1350")));

        // Converted to EUR with a rate for KRW only: the dollars stay as they are, and the note says so.
        ConversionRates onlyEuro{QStringLiteral("EUR"), {ExchangeRate{QStringLiteral("KRW"), QStringLiteral("0.00068"), QDate(2026, 3, 31)}}};
        QVERIFY(DatabaseSettings::setValue(m_fixture->db().database(), QStringLiteral("review.rates"), ratesToText(onlyEuro)));
        m_window->showRates();
        m_window->ratesDialog()->accept();
        QTRY_VERIFY(!m_window->ratesDialog());
        QTableWidget *forecast = m_window->table(QStringLiteral("forecast"));
        QCOMPARE(cell(forecast, 0, 4), DisplayText::money(Money{340000, QStringLiteral("EUR")})); // ₩5,000,000 at 0.00068
        QCOMPARE(cell(forecast, 1, 4), QStringLiteral("no rate"));
        const QString left = m_window->noteOf(QStringLiteral("forecast"));
        QVERIFY2(left.contains(QStringLiteral("Not converted")) && left.contains(DisplayText::money(Money{30000, QStringLiteral("USD")})), qPrintable(left));

        m_window->setConverting(false);
        QCOMPARE(m_window->table(QStringLiteral("forecast"))->columnCount(), 4);
    }

    void chartsFollowTheLanguage()
    {
        QChart *before = m_window->chart(QStringLiteral("outcomes"));
        auto *series = qobject_cast<QAbstractBarSeries *>(before->series().value(0));
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Won"));
        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_COMPARE(headers(m_window->table(QStringLiteral("outcomes"))).value(1), QStringLiteral("성공"));
        QChart *after = m_window->chart(QStringLiteral("outcomes"));
        series = qobject_cast<QAbstractBarSeries *>(after->series().value(0));
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("성공"));
        // Every chart has its table's title, in the same language.
        QCOMPARE(after->title(), m_window->findChild<QLabel *>(QStringLiteral("outcomesTitle"))->text());
        QCOMPARE(after->title(), QStringLiteral("월별 결과"));
    }

    void pdfHoldsEveryChartsNumbersThePeriodsAndKoreanText()
    {
        waitForReport([this] { m_window->setPartner(QStringLiteral("p1")); });
        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_COMPARE(headers(m_window->table(QStringLiteral("outcomes"))).value(1), QStringLiteral("성공"));
        const QString path = m_files.filePath(QStringLiteral("dashboard.pdf"));
        QCOMPARE(m_window->exportPdf(path), QString());
        if (qEnvironmentVariableIsSet("RD_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("RD_KEEP_PDF"));
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // pdftotext sets words apart by their gaps: compare without the spaces.
        QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        const auto has = [&text](QString expected) { return text.contains(expected.remove(QRegularExpression(QStringLiteral("\\s")))); };
        QVERIFY2(has(QStringLiteral("한빛 파트너")), qPrintable(text.left(3000)));
        QVERIFY(has(QStringLiteral("성공")));
        // The periods and the day it was made, the ISO way (2026-04-02 09:00 in Seoul).
        // In the UI language: the window was switched to Korean above.
        QVERIFY2(has(QStringLiteral("기간 2026-03-01")) && has(QStringLiteral("2026-03-31")), qPrintable(text.left(600)));
        QVERIFY(has(QStringLiteral("이전 기간 2026-01-29")) && has(QStringLiteral("2026-02-28")));
        QVERIFY(has(QStringLiteral("작성 일시 2026-04-02 09:00")));
        QVERIFY(has(QStringLiteral("월별 결과")));
        QVERIFY(has(QStringLiteral("55.6%"))); // partner p1: 5 of 9 interested
        QVERIFY(has(QStringLiteral("33.3%")));
        QVERIFY(has(DisplayText::money(Money{5000000, QStringLiteral("KRW")})));

        const QString pages = m_files.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path, pages});
        QDir folder(m_files.path());
        const QStringList rendered = folder.entryList({QStringLiteral("page*.png")});
        QVERIFY2(rendered.size() >= 2, qPrintable(rendered.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo(folder.filePath(rendered.first())).size() > 1000);
        QVERIFY(run(QStringLiteral("pdffonts"), {path}).contains(QStringLiteral("CJK")));
    }

    void pdfRefusesAMissingFolder()
    {
        const QString error = m_window->exportPdf(m_files.filePath(QStringLiteral("missing/dashboard.pdf")));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
