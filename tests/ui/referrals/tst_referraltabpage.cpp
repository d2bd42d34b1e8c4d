#include "archivedfilterbar.h"
#include "detailpane.h"
#include "reasondialog.h"
#include "referraltabpage.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The detail pane follows the selection of the visible tab, and a referral that leaves the
// tab under the rep's eyes is named, with where it went.
class TestReferralTabPage : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    std::optional<QString> shown() const { return m_fixture->window()->detailPane()->referralId(); }
    QString paneText() const { return m_fixture->window()->detailPane()->toPlainText(); }

    void apply(const QString &id, Action action, const QString &reason = {})
    {
        ActionRequest request;
        request.action = action;
        request.reason = reason;
        QCOMPARE(m_fixture->store().apply(id, request, m_fixture->clock().now(), QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
    }

    // Another program on the same file, as the command line would be.
    void applyElsewhere(const QString &id, Action action)
    {
        DatabaseError error;
        std::unique_ptr<Database> other = Database::open(m_fixture->db().database().spec(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ReferralStore otherStore(*other);
        ActionRequest request;
        request.action = action;
        QCOMPARE(otherStore.apply(id, request, kNow, QStringLiteral("lee")).result, ActionOutcome::Result::Applied);
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_referraltabpage")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldShowTheSelectionOfTheVisibleTabAfterASwitch()
    {
        m_fixture->addReferrals(3, kNow.addSecs(-3600));
        apply(QStringLiteral("r2"), Action::Interested);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 1);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r1")));

        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::Evaluating));
        QCOMPARE(shown(), std::nullopt);
        QVERIFY(paneText().contains(QStringLiteral("Select a referral")));

        m_fixture->select(Tab::Evaluating, 0);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r2")));
        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::New));
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r1")));
    }

    void shouldClearThePaneWhenASearchHidesTheSelection()
    {
        Referral security = sampleReferral(QStringLiteral("sec"), kNow.addSecs(-7200));
        security.details.notes = QStringLiteral("Security review for the whole group");
        storeReferral(m_fixture->store(), security, kNow);
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        const QString selected = m_fixture->select(Tab::New, 1);
        QVERIFY(selected != QStringLiteral("sec"));
        QCOMPARE(shown(), std::optional<QString>(selected));

        QTest::keyClicks(m_fixture->window()->searchField(), QStringLiteral("security"));
        QTRY_COMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 1);
        QCOMPARE(shown(), std::nullopt);
        QCOMPARE(m_fixture->noticeText(), QString());

        // A search that keeps the selected row keeps the pane.
        m_fixture->select(Tab::New, 0);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("sec")));
        m_fixture->window()->searchField()->clear();
        QTRY_COMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 3);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("sec")));
    }

    void shouldClearThePaneWhenAFilterHidesTheSelection()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        apply(QStringLiteral("r0"), Action::Skip);
        apply(QStringLiteral("r1"), Action::Interested);
        apply(QStringLiteral("r1"), Action::Decline, QStringLiteral("Too far"));
        m_fixture->openWindow();
        ReferralTabPage *archived = m_fixture->window()->page(Tab::Archived);
        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::Archived));
        archived->selectId(QStringLiteral("r0"));
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r0")));

        auto *outcome = archived->filterBar()->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Declined)));
        QCOMPARE(archived->model()->rowCount(), 1);
        QCOMPARE(shown(), std::nullopt);
        QCOMPARE(m_fixture->noticeText(), QString());
    }

    void shouldSelectTheRestoredReferralAfterUndo()
    {
        m_fixture->addReferrals(3, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_N);
        okButton(m_fixture->openDialog<ReasonDialog>())->click();
        QCOMPARE(m_fixture->window()->currentPage()->currentId(), QStringLiteral("r1"));

        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::Archived));
        m_fixture->press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::New);
        QCOMPARE(m_fixture->window()->tabs()->currentIndex(), int(Tab::New));
        QCOMPARE(m_fixture->window()->currentPage()->currentId(), QStringLiteral("r0"));
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r0")));
    }

    void shouldNameAReferralChangedElsewhereAndWhereItWent()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);

        applyElsewhere(QStringLiteral("r0"), Action::Interested);

        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->noticeText(), QStringLiteral("“RFI r0” was changed elsewhere: it is now in Evaluating."), 6000);
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 1);
    }

    // The end of a long tab is one key away, and stays selected when the tab is read again.
    void shouldReachTheEndOfALongTabAtOnceAndKeepItsPlace()
    {
        m_fixture->addReferrals(1000, kNow.addSecs(-3600));
        m_fixture->openWindow();
        ReferralTabPage *page = m_fixture->window()->page(Tab::New);
        auto *view = page->findChild<QTableView *>();
        QVERIFY(view);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r999")));
        QCOMPARE(view->currentIndex().row(), 999);
        // The first page and the last, not the three between.
        QVERIFY2(page->model()->pagesLoaded() <= 2, qPrintable(QString::number(page->model()->pagesLoaded())));

        applyElsewhere(QStringLiteral("r0"), Action::Interested);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 999, 6000);
        QCOMPARE(view->currentIndex().row(), 998);
        QCOMPARE(shown(), std::optional<QString>(QStringLiteral("r999")));
        QVERIFY(view->verticalScrollBar()->value() > 0); // still at the end, not back at the top
    }

    void shouldNameAReferralTheCheckerArchived()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-72 * 3600 + 60));
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->clock().advance(61 * 1000);
        m_fixture->checker().checkNow();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Missed);
        QCOMPARE(m_fixture->noticeText(),
                 QStringLiteral("Time ran out for “RFI r0”: it is now in Archived as Missed, and the customer is told to choose another partner."));
    }
};

QTEST_MAIN(TestReferralTabPage)
#include "tst_referraltabpage.moc"
