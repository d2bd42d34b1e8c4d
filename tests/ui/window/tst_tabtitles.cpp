#include "archivedfilterbar.h"
#include "referraltabpage.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// Tab titles count what the tab holds, and what a search or filter leaves of it.
class TestTabTitles : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    QString title(Tab tab) const { return m_fixture->window()->tabs()->tabText(int(tab)); }
    void search(const QString &text)
    {
        m_fixture->window()->searchField()->clear();
        QTest::keyClicks(m_fixture->window()->searchField(), text);
    }

    void apply(const QString &id, Action action, const QString &reason = {})
    {
        ActionRequest request;
        request.action = action;
        request.reason = reason;
        QCOMPARE(m_fixture->store().apply(id, request, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_tabtitles")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldCountWhatASearchLeavesInSql()
    {
        // More matches than one page holds: the count comes from SQL, not from loaded rows.
        QList<Referral> referrals;
        for (int i = 0; i < 450; ++i) {
            Referral referral = sampleReferral(QStringLiteral("sec%1").arg(i), kNow.addSecs(-3600 + i));
            referral.details.notes = QStringLiteral("Security review");
            referrals.append(referral);
        }
        referrals.append(sampleReferral(QStringLiteral("other"), kNow.addSecs(-7200)));
        QVERIFY(m_fixture->store().insert(referrals, kNow, QStringLiteral("importer")).error.isEmpty());
        m_fixture->openWindow();
        QCOMPARE(title(Tab::New), QStringLiteral("New (451)"));

        search(QStringLiteral("security"));
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (450 of 451)"));
        QCOMPARE(m_fixture->window()->page(Tab::New)->model()->rowCount(), 450);
        QVERIFY(m_fixture->window()->page(Tab::New)->model()->pagesLoaded() <= 1); // what the window shows
        // A decision while searching: the title counts what the tab holds now.
        apply(QStringLiteral("sec0"), Action::Interested);
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (449 of 450)"));
        QCOMPARE(title(Tab::Evaluating), QStringLiteral("Evaluating (1)"));
        apply(QStringLiteral("sec0"), Action::Decline, QStringLiteral("Too far"));
        QCOMPARE(title(Tab::Evaluating), QStringLiteral("Evaluating (0)"));
        QCOMPARE(m_fixture->window()->page(Tab::New)->nothingMatchesText(), QString());

        search(QStringLiteral("nowhere"));
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (0 of 450)"));
        QCOMPARE(m_fixture->window()->page(Tab::New)->nothingMatchesText(), QStringLiteral("Nothing in this tab matches “nowhere”."));

        m_fixture->window()->searchField()->clear();
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (450)"));
        QCOMPARE(m_fixture->window()->page(Tab::New)->nothingMatchesText(), QString());
    }

    // One or two letters are in most referrals: the title says how many at least, and counts on
    // as the rep scrolls to the end of them.
    void shouldSayAtLeastHowManyAShortSearchFinds()
    {
        m_fixture->addReferrals(2100, kNow.addSecs(-3600));
        m_fixture->openWindow();
        QCOMPARE(title(Tab::New), QStringLiteral("New (2,100)"));
        search(QStringLiteral("r"));
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (2,000 or more of 2,100)"));
        ReferralTableModel *model = m_fixture->window()->page(Tab::New)->model();
        model->fetchMore({}); // as the view does at the end of its rows
        QCOMPARE(title(Tab::New), QStringLiteral("New (2,100 of 2,100)"));
        search(QStringLiteral("r1"));
        QTRY_COMPARE(title(Tab::New), QStringLiteral("New (1,111 of 2,100)"));
    }

    void shouldCountWhatTheArchiveFiltersLeave()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        apply(QStringLiteral("r0"), Action::Skip);
        apply(QStringLiteral("r1"), Action::Interested);
        apply(QStringLiteral("r1"), Action::Decline, QStringLiteral("Too far"));
        m_fixture->openWindow();
        m_fixture->window()->tabs()->setCurrentIndex(int(Tab::Archived));
        QCOMPARE(title(Tab::Archived), QStringLiteral("Archived (2)"));
        ReferralTabPage *archived = m_fixture->window()->page(Tab::Archived);
        auto *outcome = archived->filterBar()->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Declined)));
        QCOMPARE(title(Tab::Archived), QStringLiteral("Archived (1 of 2)"));
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Won)));
        QCOMPARE(title(Tab::Archived), QStringLiteral("Archived (0 of 2)"));
        QCOMPARE(archived->nothingMatchesText(), QStringLiteral("No referral in this tab matches these filters."));
        outcome->setCurrentIndex(0);
        QCOMPARE(title(Tab::Archived), QStringLiteral("Archived (2)"));
    }
};

QTEST_MAIN(TestTabTitles)
#include "tst_tabtitles.moc"
