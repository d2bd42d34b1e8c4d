#include "acceptdialog.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

// Late in the year, so that "this month" is past for most months of next year.
const QDateTime kNow = utc("2026-12-10T12:00:00Z");

} // namespace

// The closing date of Accept: what is typed is what is stored, or it is refused with a reason.
class TestAcceptDialog : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    AcceptDialog *openAccept()
    {
        m_fixture->addEvaluatingReferral();
        m_fixture->openWindow();
        m_fixture->select(Tab::Evaluating, 0);
        m_fixture->press(Qt::Key_A);
        auto *dialog = m_fixture->openDialog<AcceptDialog>();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("1500000"));
        return dialog;
    }

    void typeClosingDate(AcceptDialog *dialog, const QString &text)
    {
        auto *closing = dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"));
        closing->selectAll();
        QTest::keyClick(closing, Qt::Key_Backspace);
        for (const QChar character : text)
            QTest::sendKeyEvent(QTest::Click, closing, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }

    QString problem(AcceptDialog *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("problem"))->text(); }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_acceptdialog")); }
    void init()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture = std::make_unique<WindowFixture>(kNow);
    }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldStoreTheMonthAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("two-digit year") << "6/30/27";
        QTest::newRow("four-digit year") << "6/30/2027";
        QTest::newRow("ISO 8601") << "2027-06-30";
    }

    void shouldStoreTheMonthAsTyped()
    {
        QFETCH(QString, typed);
        AcceptDialog *dialog = openAccept();
        typeClosingDate(dialog, typed);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"))->text(), typed);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problem(dialog)));
        okButton(dialog)->click();
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->estimate->closingDate, QDate(2027, 6, 30));
    }

    void shouldRefuseWhatIsNotADateWithAReason()
    {
        AcceptDialog *dialog = openAccept();
        typeClosingDate(dialog, QStringLiteral("30/6/2027"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(problem(dialog), QStringLiteral("“30/6/2027” is not a date: write it as 6/30/2027."));
        typeClosingDate(dialog, QStringLiteral("12/1/2026"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problem(dialog).contains(QStringLiteral("past")), qPrintable(problem(dialog)));
        typeClosingDate(dialog, QString());
        QCOMPARE(problem(dialog), QStringLiteral("Enter the date."));
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Evaluating);
    }

    void shouldRefuseAClosingDateMoreThanFiveYearsAhead()
    {
        AcceptDialog *dialog = openAccept();
        typeClosingDate(dialog, QStringLiteral("12/11/2031"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(problem(dialog), QStringLiteral("The closing date 12/11/2031 is more than 5 years ahead; check the year."));
        typeClosingDate(dialog, QStringLiteral("12/10/2031"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problem(dialog)));
    }

    void shouldTakeKoreanDatesAndRewriteTheTypedDateOnASwitch()
    {
        AcceptDialog *dialog = openAccept();
        auto *closing = dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"));
        typeClosingDate(dialog, QStringLiteral("6/30/2027"));
        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_COMPARE(closing->text(), QStringLiteral("2027. 6. 30."));
        typeClosingDate(dialog, QStringLiteral("2027.7.1"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problem(dialog)));
        okButton(dialog)->click();
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->estimate->closingDate, QDate(2027, 7, 1));
    }
};

QTEST_MAIN(TestAcceptDialog)
#include "tst_acceptdialog.moc"
