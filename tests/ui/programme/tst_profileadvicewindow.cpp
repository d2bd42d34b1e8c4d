#include "advicehistory.h"
#include "profileadvicewindow.h"
#include "profilestore.h"
#include "programmemenu.h"
#include "programmewindows.h"
#include "typing.h"
#include "windowfixture.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");

} // namespace

// Programme > Profile advice… over a real history: the advice, Apply after a question, and the
// record of what was changed, by whom and why.
class TestProfileAdviceWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;
    ProfileAdviceWindow *m_window = nullptr;

    void open()
    {
        m_fixture->openWindow();
        ProgrammeMenu *menu = programmeMenu(*m_fixture);
        m_window = qobject_cast<ProfileAdviceWindow *>(
            openProgrammeWindow(menu->profileAdviceAction(), [menu] { return menu->profileAdviceWindow(); }));
    }

    QStringList row(QTreeWidget *tree, int index) const
    {
        QStringList texts;
        QTreeWidgetItem *item = tree->topLevelItem(index);
        for (int column = 0; column < tree->columnCount(); ++column)
            texts.append(item->text(column));
        return texts;
    }

    QStringList excludedSizes(const QString &profile)
    {
        return ProfileStore(m_fixture->db().database()).profile(profile)->excludedSizes;
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_profileadvicewindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_window = nullptr;
        m_fixture.reset();
    }

    void shouldListTheAdviceOfEveryProfile()
    {
        storeAdviceHistory(m_fixture->db(), kNow);
        open();
        QTreeWidget *advice = m_window->adviceList();
        QCOMPARE(advice->topLevelItemCount(), 2);
        QCOMPARE(row(advice, 0), (QStringList{QStringLiteral("Korea kr"),
                                              QStringLiteral("8 of the last 10 declined or skipped referrals of customers with 1–9 employees gave the reason “Customer too small for us”."),
                                              QStringLiteral("Opt out of customers with 1–9 employees.")}));
        QCOMPARE(row(advice, 1).at(0), QStringLiteral("Korea kr2"));
        QCOMPARE(row(advice, 1).at(2), QStringLiteral("Opt out of customers with 10–50 employees."));
        QVERIFY(!m_window->applyButton()->isEnabled()); // nothing chosen yet
        QCOMPARE(m_window->changesList()->topLevelItemCount(), 0);
    }

    void shouldApplyOnlyAfterAskingAndRecordTheChange()
    {
        storeAdviceHistory(m_fixture->db(), kNow);
        open();
        m_window->adviceList()->setCurrentItem(m_window->adviceList()->topLevelItem(0));
        QVERIFY(m_window->applyButton()->isEnabled());

        auto answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Cancel);
        m_window->applyButton()->click();
        QVERIFY(answer->asked);
        QCOMPARE(answer->text, QStringLiteral("Change the business profile Korea kr? Opt out of customers with 1–9 employees."));
        QVERIFY(excludedSizes(QStringLiteral("kr")).isEmpty());
        QCOMPARE(m_window->changesList()->topLevelItemCount(), 0);

        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Apply);
        m_window->applyButton()->click();
        QVERIFY(answer->asked);
        QCOMPARE(excludedSizes(QStringLiteral("kr")), QStringList{QStringLiteral("1to9")});
        QCOMPARE(m_window->statusText(), QStringLiteral("Changed the business profile Korea kr: Opt out of customers with 1–9 employees."));
        QCOMPARE(m_window->adviceList()->topLevelItemCount(), 1); // kr's advice is taken
        QCOMPARE(m_window->changesList()->topLevelItemCount(), 1);
        const QStringList change = row(m_window->changesList(), 0);
        QCOMPARE(change.mid(1), (QStringList{QStringLiteral("dana"), QStringLiteral("Korea kr"), QStringLiteral("Opt out of customers with 1–9 employees."),
                                             QStringLiteral("—"), QStringLiteral("1–9 employees")}));
        QVERIFY(m_window->changesList()->topLevelItem(0)->toolTip(3).contains(QStringLiteral("8 of the last 10")));
    }

    void shouldFollowAChangeMadeElsewhere()
    {
        storeAdviceHistory(m_fixture->db(), kNow);
        open();
        BusinessProfile kr2 = *ProfileStore(m_fixture->db().database()).profile(QStringLiteral("kr2"));
        kr2.excludedSizes = {QStringLiteral("1to50")};
        QVERIFY(ProfileStore(m_fixture->db().database()).setProfile(kr2).stored());
        emit m_fixture->changes().changedElsewhere();
        QCOMPARE(m_window->adviceList()->topLevelItemCount(), 1);
    }

    void shouldSayWhenThereIsNoAdvice()
    {
        storeAdviceProfiles(m_fixture->db());
        open();
        QCOMPARE(m_window->adviceList()->topLevelItemCount(), 0);
        QCOMPARE(m_window->statusText(), QStringLiteral("No advice: no decline or skip reason keeps coming back for one kind of referral."));
    }
};

QTEST_MAIN(TestProfileAdviceWindow)
#include "tst_profileadvicewindow.moc"
