#include "noticebar.h"
#include "setasidereport.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");
// Received so that the 72 hours for a new referral end a minute from kNow.
const QDateTime kReceived = kNow.addSecs(-72 * 3600 + 60);

} // namespace

// A row the deadline checker cannot archive is reported in the window, by id and reason.
class TestSetAsideWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    void damage(const QString &id)
    {
        QVERIFY(m_fixture->db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(m_fixture->db().exec(QStringLiteral("UPDATE referrals SET status = 'bogus' WHERE id = '%1'").arg(id)));
    }

    void sweepAfterTheDeadline()
    {
        m_fixture->clock().advance(2 * 60 * 1000);
        m_fixture->checker().checkNow();
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_setasidewindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English));
    }

    void shouldNameTheRowSetAsideWithItsReasonAndArchiveTheRest()
    {
        m_fixture->addReferrals(2, kReceived);
        m_fixture->openWindow();
        damage(QStringLiteral("r1"));
        sweepAfterTheDeadline();

        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Missed);
        const QString notice = m_fixture->noticeText();
        QVERIFY2(notice.contains(QStringLiteral("r1")) && notice.contains(QStringLiteral("could not be archived")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("bogus")), qPrintable(notice));

        auto *details = m_fixture->window()->noticeBar()->findChild<QPushButton *>(QStringLiteral("detailsButton"));
        QVERIFY(details && details->isVisible());
        details->click();
        QDialog *dialog = m_fixture->window()->setAsideReport()->detailsDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("setAside"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("r1"));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("bogus")));
    }

    void shouldReportADamagedRowEvenWhenNothingElseFellDue()
    {
        m_fixture->addReferrals(1, kReceived);
        m_fixture->openWindow();
        damage(QStringLiteral("r0"));
        sweepAfterTheDeadline();
        QVERIFY2(m_fixture->noticeText().contains(QStringLiteral("r0")), qPrintable(m_fixture->noticeText()));
    }

    void shouldCountSeveralRowsAndListThemAllInTheDetails()
    {
        m_fixture->addReferrals(5, kReceived);
        m_fixture->openWindow();
        for (const char *id : {"r0", "r1", "r2", "r3", "r4"})
            damage(QString::fromLatin1(id));
        sweepAfterTheDeadline();

        const QString notice = m_fixture->noticeText();
        QVERIFY2(notice.startsWith(QStringLiteral("5 referrals could not be archived")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("r0, r1, r2 and 2 more")), qPrintable(notice));
        m_fixture->window()->noticeBar()->findChild<QPushButton *>(QStringLiteral("detailsButton"))->click();
        QCOMPARE(m_fixture->window()->setAsideReport()->detailsDialog()->findChild<QTableWidget *>(QStringLiteral("setAside"))->rowCount(), 5);
    }

    void shouldSayItInKorean()
    {
        m_fixture->addReferrals(1, kReceived);
        m_fixture->openWindow();
        m_fixture->window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_VERIFY(m_fixture->window()->tabs()->tabText(0).startsWith(QStringLiteral("새 추천")));
        damage(QStringLiteral("r0"));
        sweepAfterTheDeadline();
        const QString notice = m_fixture->noticeText();
        QVERIFY2(notice.startsWith(QStringLiteral("추천을 보관할 수 없어 따로 두었습니다(ID: r0)")), qPrintable(notice));
        QCOMPARE(m_fixture->window()->noticeBar()->findChild<QPushButton *>(QStringLiteral("detailsButton"))->text(), QStringLiteral("자세히…"));
    }
};

QTEST_MAIN(TestSetAsideWindow)
#include "tst_setasidewindow.moc"
