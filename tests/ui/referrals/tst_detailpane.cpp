#include "detailpane.h"
#include "profilestore.h"
#include "similarhistory.h"
#include "windowfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// What the pane beside the table tells about the selected referral.
class TestDetailPane : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    QString paneText() const { return m_fixture->window()->detailPane()->toPlainText(); }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_detailpane")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldSayTheCustomerIsNotSharedForSkippedAndMissedReferrals()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-71 * 3600));
        ActionRequest skip;
        skip.action = Action::Skip;
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r1"), skip, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        QVERIFY(paneText().contains(QStringLiteral("shown once you are interested")));

        m_fixture->select(Tab::Archived, 0);
        QCOMPARE(m_fixture->window()->detailPane()->referralId(), std::optional<QString>(QStringLiteral("r1")));
        QVERIFY2(paneText().contains(QStringLiteral("the customer's details are not shared for a skipped referral")), qPrintable(paneText()));
        QVERIFY(!paneText().contains(QStringLiteral("once you are interested")));
        QVERIFY(!paneText().contains(QStringLiteral("한빛 물산")));

        m_fixture->clock().advance(2 * 3600 * 1000);
        m_fixture->checker().checkNow();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("r0")), Status::Missed);
        m_fixture->select(Tab::Archived, 0);
        QCOMPARE(m_fixture->window()->detailPane()->referralId(), std::optional<QString>(QStringLiteral("r0")));
        QVERIFY2(paneText().contains(QStringLiteral("the customer's details are not shared for a missed referral")), qPrintable(paneText()));
        QVERIFY(!paneText().contains(QStringLiteral("once you are interested")));
    }

    // The fixed history of similarhistory.h, counted by hand: 9 similar, 6 accepted (67%), 4 won
    // of 5 closed (80%), the median of ₩10, 12 and 20 million, fit 5 / 11 (45%).
    void shouldListSimilarPastReferralsForNewAndEvaluatingOnes()
    {
        storeSimilarHistory(m_fixture->db(), kNow);
        m_fixture->openWindow();
        DetailPane *pane = m_fixture->window()->detailPane();
        pane->showReferral(QStringLiteral("target"));
        const QString text = paneText();
        QVERIFY2(text.contains(QStringLiteral("Similar past referrals (1–50 employees, Healthcare, Azure, KR): 9; you accepted 6 and won 4; "
                                              "median won value ₩12,000,000.")),
                 qPrintable(text));
        for (const char *part : {"Similar referrals", "Accept rate", "67%", "Win rate", "80%", "Median won value",
                                 "₩12,000,000 (won deals in this currency: 3)", "45%"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);
        pane->showReferral(QStringLiteral("x-evaluating"));
        QVERIFY2(paneText().contains(QStringLiteral("Similar past referrals (1–50 employees, Healthcare, Azure, KR): 9;")), qPrintable(paneText()));
        pane->showReferral(QStringLiteral("x-country")); // won: its history is not the question any more
        QVERIFY(!paneText().contains(QStringLiteral("Similar past referrals")));
    }

    void shouldSayWhenThereIsNoSimilarPastReferral()
    {
        storeFitPartners(m_fixture->db());
        storeReferral(m_fixture->store(), referralOf(pastReferral(QStringLiteral("alone"), Status::New), kNow), kNow);
        m_fixture->openWindow();
        m_fixture->window()->detailPane()->showReferral(QStringLiteral("alone"));
        QVERIFY2(paneText().contains(QStringLiteral("No similar past referrals (1–50 employees, Healthcare, Azure, KR) yet: the fit is neutral.")),
                 qPrintable(paneText()));
        QVERIFY(paneText().contains(QStringLiteral("none yet"))); // no rates of nothing
        QVERIFY(paneText().contains(QStringLiteral("50%")));
    }

    void shouldSayWhichBusinessProfileAReferralWentToOrThatNoneFits()
    {
        ProfileStore profiles(m_fixture->store().database());
        QVERIFY(profiles.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso Korea")}).stored());
        BusinessProfile seoul;
        seoul.id = QStringLiteral("seoul");
        seoul.partnerId = QStringLiteral("contoso");
        seoul.region = QStringLiteral("Seoul region");
        seoul.contact = ProfileContact{QStringLiteral("Minji"), QStringLiteral("minji@contoso.example"), QStringLiteral("ko")};
        seoul.locations = {ProfileLocation{QStringLiteral("Seoul"), QStringLiteral("KR")}};
        QVERIFY(profiles.setProfile(seoul).stored());
        Referral korean = sampleReferral(QStringLiteral("kr"), kNow.addSecs(-3600));
        Referral german = sampleReferral(QStringLiteral("de"), kNow.addSecs(-7200));
        german.customer.address.country = QStringLiteral("DE");
        storeReferral(m_fixture->store(), korean, kNow);
        storeReferral(m_fixture->store(), german, kNow);
        m_fixture->openWindow();
        DetailPane *pane = m_fixture->window()->detailPane();
        pane->showReferral(QStringLiteral("kr"));
        QVERIFY2(paneText().contains(QStringLiteral("Business profile: Seoul region (Contoso Korea), alerts to minji@contoso.example")), qPrintable(paneText()));
        pane->showReferral(QStringLiteral("de"));
        QVERIFY2(paneText().contains(QStringLiteral("No business profile does business in the customer's country (DE)")), qPrintable(paneText()));
    }

    void shouldNameTheDeadlineCheckerAsTheOneWhoArchived()
    {
        m_fixture->addReferrals(1, kNow.addSecs(-71 * 3600));
        m_fixture->openWindow();
        m_fixture->clock().advance(2 * 3600 * 1000);
        m_fixture->checker().checkNow();
        m_fixture->select(Tab::Archived, 0);
        QVERIFY2(paneText().contains(QStringLiteral("New → Missed, by the deadline checker")), qPrintable(paneText()));
        QVERIFY(!paneText().contains(QStringLiteral("by system")));
    }

    void shouldNameTheTargetByTheStoresPolicy()
    {
        DeadlinePolicy policy;
        policy.respondTargetSeconds = 12 * 3600;
        TestDatabase db(policy);
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kNow.addSecs(-3600)), kNow);
        ManualClock clock(kNow);
        DetailPane pane(db.store(), clock);
        pane.showReferral(QStringLiteral("r"));
        QVERIFY2(pane.toPlainText().contains(QStringLiteral("12-hour target: due in 11 h")), qPrintable(pane.toPlainText()));
    }

    void shouldWriteKoreanContactsInKoreanOrder()
    {
        Referral referral = sampleReferral(QStringLiteral("kr"), kNow.addSecs(-3600), Status::New);
        referral.customer.contacts = {Contact{QStringLiteral("민지"), QStringLiteral("박"), QStringLiteral("minji@hanbit.example"), {}, {}},
                                      Contact{QStringLiteral("Dana"), QStringLiteral("Kim"), QStringLiteral("dana@hanbit.example"), {}, {}}};
        storeReferral(m_fixture->store(), referral, kNow);
        m_fixture->openWindow();
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_I);
        m_fixture->select(Tab::Evaluating, 0);
        QCOMPARE(m_fixture->window()->detailPane()->referralId(), std::optional<QString>(QStringLiteral("kr")));
        QVERIFY2(paneText().contains(QStringLiteral("박민지")), qPrintable(paneText()));
        QVERIFY(!paneText().contains(QStringLiteral("민지 박")));
        QVERIFY(paneText().contains(QStringLiteral("Dana Kim")));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
