#include "referraltabpage.h"
#include "translations.h"
#include "windowfixture.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

// What the item delegate keeps for itself around the text.
constexpr int kDelegateMargins = 8;

} // namespace

// The table at 1280×800, in both languages: nothing that must be read whole is cut.
class TestColumnWidths : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    void fillEveryTab()
    {
        QList<Referral> referrals;
        for (int i = 0; i < 8; ++i) {
            Referral referral = sampleReferral(QStringLiteral("r%1").arg(i), kNow.addSecs(-3600 * (i + 1)));
            referral.customer.size = i % 2 ? QStringLiteral("10001to20000") : QStringLiteral("Morethan20000");
            referral.details.valueHint = Money{987654321, i % 2 ? QStringLiteral("KRW") : QStringLiteral("USD")};
            referral.details.notes = QStringLiteral("The customer wants to move every office of the group to Microsoft 365 and Azure "
                                                    "before the end of the fiscal year, with training for all staff.");
            referrals.append(referral);
        }
        QVERIFY(m_fixture->store().insert(referrals, kNow, QStringLiteral("importer")).error.isEmpty());
        const auto apply = [&](const QString &id, Action action) {
            ActionRequest request;
            request.action = action;
            request.reason = QStringLiteral("Too far");
            request.value = Money{123456789, QStringLiteral("KRW")};
            request.closingDate = QDate(2027, 12, 28);
            QCOMPARE(m_fixture->store().apply(id, request, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        };
        for (const char *id : {"r0", "r1", "r2", "r3"})
            apply(QString::fromLatin1(id), Action::Interested);
        for (const char *id : {"r0", "r1"})
            apply(QString::fromLatin1(id), Action::Accept);
        apply(QStringLiteral("r0"), Action::Won);
        apply(QStringLiteral("r2"), Action::Decline);
        apply(QStringLiteral("r4"), Action::Skip);
    }

    void verifyNothingIsCut()
    {
        for (Tab tab : allTabs()) {
            m_fixture->window()->tabs()->setCurrentIndex(int(tab));
            QTableView *view = m_fixture->window()->page(tab)->view();
            ReferralTableModel *model = m_fixture->window()->page(tab)->model();
            QHeaderView *header = view->horizontalHeader();
            QVERIFY(model->rowCount() > 0);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString title = model->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(QStringLiteral("%1: header %2 < %3").arg(title).arg(header->sectionSize(column)).arg(header->sectionSizeHint(column))));
                const Column kind = model->columnAt(column);
                const bool mustBeWhole = kind != Column::Notes && kind != Column::Requirements && kind != Column::Reason
                    && kind != Column::Customer && kind != Column::Location && kind != Column::Industries
                    && kind != Column::Products && kind != Column::Services;
                if (!mustBeWhole)
                    continue;
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QString text = model->data(model->index(row, column)).toString();
                    const int needed = view->fontMetrics().horizontalAdvance(text) + kDelegateMargins;
                    QVERIFY2(view->columnWidth(column) >= needed,
                             qPrintable(QStringLiteral("%1 \"%2\": %3 < %4").arg(title, text).arg(view->columnWidth(column)).arg(needed)));
                }
            }
        }
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_columnwidths")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldShowDatesAmountsAndHeadersWholeAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Korean") << "ko";
    }

    void shouldShowDatesAmountsAndHeadersWholeAt1280x800()
    {
        QFETCH(QString, language);
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        // Opened on an empty database: the columns meet their rows only later.
        m_fixture->openWindow();
        m_fixture->window()->resize(1280, 800);
        fillEveryTab();
        verifyNothingIsCut();

        // A live switch fits the columns to the other language's words.
        m_fixture->window()->languageAction(language == QLatin1String("en") ? QStringLiteral("ko") : QStringLiteral("en"))->trigger();
        m_fixture->window()->languageAction(language)->trigger();
        QTRY_COMPARE(currentLanguage(), language);
        QApplication::processEvents();
        verifyNothingIsCut();
    }

    void shouldWidenTheTextColumnsWhenTheWindowWidens()
    {
        fillEveryTab();
        m_fixture->openWindow();
        m_fixture->window()->resize(1280, 800);
        QApplication::processEvents();
        QTableView *view = m_fixture->window()->page(Tab::New)->view();
        ReferralTableModel *model = m_fixture->window()->page(Tab::New)->model();
        const int notes = model->columnOf(Column::Notes);
        const int received = model->columnOf(Column::Received);
        // Moved away from the end, where the last column simply takes what is left.
        view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(notes), 0);
        const int narrow = view->columnWidth(notes);
        const int receivedNarrow = view->columnWidth(received);

        m_fixture->window()->resize(2400, 800);
        QTRY_VERIFY2(view->columnWidth(notes) > narrow, qPrintable(QString::number(view->columnWidth(notes))));
        QCOMPARE(view->columnWidth(received), receivedNarrow);
    }
};

QTEST_MAIN(TestColumnWidths)
#include "tst_columnwidths.moc"
