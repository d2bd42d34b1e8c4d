#include "acceptdialog.h"
#include "archivedfilterbar.h"
#include "referraltabpage.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QDateEdit>
#include <QToolBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// A live language switch leaves nothing behind in the old language or its formats.
class TestLanguage : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    void switchTo(const QString &language, const QString &newTabTitle)
    {
        m_fixture->window()->languageAction(language)->trigger();
        QTRY_VERIFY2(m_fixture->window()->tabs()->tabText(0).startsWith(newTabTitle),
                     qPrintable(m_fixture->window()->tabs()->tabText(0)));
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_language")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldWriteTheArchiveDateFilterInTheNewLanguage()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture->openWindow();
        ArchivedFilterBar *filters = m_fixture->window()->page(Tab::Archived)->filterBar();
        const QList<QDateEdit *> dates = filters->findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        const QDate until = kNow.toLocalTime().date();
        const auto shown = [&] {
            QStringList texts;
            for (QDateEdit *edit : dates)
                texts.append(edit->text());
            return texts;
        };
        QVERIFY2(shown().contains(QStringLiteral("%1/%2/%3").arg(until.month()).arg(until.day()).arg(until.year())), qPrintable(shown().join(QLatin1Char(' '))));

        switchTo(QStringLiteral("ko"), QStringLiteral("새 추천"));
        QVERIFY2(shown().contains(QStringLiteral("%1. %2. %3.").arg(until.year()).arg(until.month()).arg(until.day())), qPrintable(shown().join(QLatin1Char(' '))));

        switchTo(QStringLiteral("en"), QStringLiteral("New"));
        QVERIFY2(shown().contains(QStringLiteral("%1/%2/%3").arg(until.month()).arg(until.day()).arg(until.year())), qPrintable(shown().join(QLatin1Char(' '))));
    }

    void shouldWriteSizesAndClosingDatesTheNewLanguagesWay()
    {
        Referral large = sampleReferral(QStringLiteral("large"), kNow.addSecs(-3600));
        large.customer.size = QStringLiteral("Morethan20000");
        storeReferral(m_fixture->store(), large, kNow);
        m_fixture->addEvaluatingReferral();
        ActionRequest accept;
        accept.action = Action::Accept;
        accept.value = Money{1500000, QStringLiteral("KRW")};
        accept.closingDate = QDate(2027, 6, 30);
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r0"), accept, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture->openWindow();
        ReferralTableModel *fresh = m_fixture->window()->page(Tab::New)->model();
        ReferralTableModel *negotiating = m_fixture->window()->page(Tab::Negotiating)->model();
        const auto size = [&] { return fresh->data(fresh->index(0, fresh->columnOf(Column::Size))).toString(); };
        const auto closing = [&] { return negotiating->data(negotiating->index(0, negotiating->columnOf(Column::ClosingDate))).toString(); };
        QCOMPARE(size(), QStringLiteral("more than 20,000 employees"));
        QCOMPARE(closing(), QStringLiteral("6/30/2027"));

        switchTo(QStringLiteral("ko"), QStringLiteral("새 추천"));
        QCOMPARE(size(), QStringLiteral("직원 20,000명 초과"));
        QCOMPARE(closing(), QStringLiteral("2027. 6. 30."));
    }

    void shouldTranslateTheTitlesOfOpenWindows()
    {
        m_fixture->addEvaluatingReferral();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture->openWindow();
        m_fixture->select(Tab::Evaluating, 0);
        m_fixture->press(Qt::Key_A);
        auto *accept = m_fixture->openDialog<AcceptDialog>();
        QCOMPARE(accept->windowTitle(), QStringLiteral("Accept referral"));
        switchTo(QStringLiteral("ko"), QStringLiteral("새 추천"));
        QCOMPARE(accept->windowTitle(), QStringLiteral("추천 수락"));
        QCOMPARE(m_fixture->window()->findChild<QToolBar *>(QStringLiteral("triageToolBar"))->windowTitle(), QStringLiteral("분류"));
        accept->reject();
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
