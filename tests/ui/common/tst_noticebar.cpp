#include "noticebar.h"
#include "reasondialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The bar above the table: what just happened, and for how long it can still be undone.
class TestNoticeBar : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_noticebar")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldCountDownTheUndoOnItsButton()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_N);
        okButton(m_fixture->openDialog<ReasonDialog>())->click();
        auto *undo = m_fixture->window()->noticeBar()->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo->isVisible());
        QCOMPARE(undo->text(), QStringLiteral("Undo (10 s)"));

        m_fixture->clock().advance(3500);
        QTRY_COMPARE(undo->text(), QStringLiteral("Undo (7 s)"));
        m_fixture->clock().advance(6400);
        QTRY_COMPARE(undo->text(), QStringLiteral("Undo (1 s)"));
        QVERIFY(m_fixture->window()->undoAction()->isEnabled());

        m_fixture->clock().advance(100);
        QTRY_VERIFY(!undo->isVisible());
        QVERIFY(!m_fixture->window()->undoAction()->isEnabled());
        QVERIFY(!m_fixture->window()->noticeBar()->canUndo());
    }
};

QTEST_MAIN(TestNoticeBar)
#include "tst_noticebar.moc"
