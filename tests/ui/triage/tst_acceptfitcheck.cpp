#include "acceptdialog.h"
#include "profilestore.h"
#include "similarhistory.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-12-10T12:00:00Z");

} // namespace

// The fit check before Accept, typed into the real dialog: warnings of the routed profile and of
// the estimate against similar won deals, none of which stops the rep.
class TestAcceptFitCheck : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    // Accept on x-evaluating (10-50 employees, Healthcare, Azure, KR), in won.
    AcceptDialog *openAccept()
    {
        m_fixture->openWindow();
        if (m_fixture->select(Tab::Evaluating, 0) != QStringLiteral("x-evaluating"))
            qFatal("x-evaluating is not the first evaluating referral");
        m_fixture->press(Qt::Key_A);
        auto *dialog = m_fixture->openDialog<AcceptDialog>();
        dialog->findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("KRW"));
        return dialog;
    }

    void typeAmount(AcceptDialog *dialog, const QString &amount)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, amount);
    }

    QList<FitWarningKind> kinds(AcceptDialog *dialog)
    {
        QList<FitWarningKind> result;
        for (const FitWarning &warning : dialog->fitWarnings())
            result.append(warning.kind);
        return result;
    }

    QString shown(AcceptDialog *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("fitWarnings"))->text(); }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_acceptfitcheck")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup() { m_fixture.reset(); }

    void shouldWarnOfUnusualValuesAsTheyAreTypedWithoutStoppingAccept()
    {
        storeSimilarHistory(m_fixture->db(), kNow);
        ProfileStore profiles(m_fixture->store().database());
        BusinessProfile azure = *profiles.profile(QStringLiteral("own-kr"));
        azure.products = {QStringLiteral("Azure")}; // a profile the referral fits
        QVERIFY(profiles.setProfile(azure).stored());
        AcceptDialog *dialog = openAccept();
        // Three of the four similar won deals closed after their estimated date: that holds whatever is typed.
        QCOMPARE(kinds(dialog), QList<FitWarningKind>{FitWarningKind::ClosingDatesSlip});
        QVERIFY2(shown(dialog).contains(QStringLiteral("Most similar won deals closed after their estimated closing date (3 of 4)")), qPrintable(shown(dialog)));

        typeAmount(dialog, QStringLiteral("3999999")); // under a third of the ₩12,000,000 median
        QCOMPARE(kinds(dialog), (QList<FitWarningKind>{FitWarningKind::ValueFarBelow, FitWarningKind::ClosingDatesSlip}));
        QVERIFY2(shown(dialog).contains(QStringLiteral("under a third of the median of 3 similar won deals (₩12,000,000)")), qPrintable(shown(dialog)));
        QVERIFY(okButton(dialog)->isEnabled());

        typeAmount(dialog, QStringLiteral("4000000")); // exactly a third is not far
        QCOMPARE(kinds(dialog), QList<FitWarningKind>{FitWarningKind::ClosingDatesSlip});
        typeAmount(dialog, QStringLiteral("36000001"));
        QCOMPARE(kinds(dialog).first(), FitWarningKind::ValueFarAbove);
        dialog->findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("USD"));
        QCOMPARE(kinds(dialog), QList<FitWarningKind>{FitWarningKind::ClosingDatesSlip}); // one dollar deal is too few

        dialog->findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("KRW"));
        typeAmount(dialog, QStringLiteral("1000"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(m_fixture->statusOf(QStringLiteral("x-evaluating")), Status::Negotiating);
    }

    void shouldWarnOfConflictsWithTheRoutedProfile()
    {
        storeSimilarHistory(m_fixture->db(), kNow);
        ProfileStore profiles(m_fixture->store().database());
        BusinessProfile profile = *profiles.profile(QStringLiteral("own-kr"));
        profile.excludedSizes = {QStringLiteral("1to50")}; // holds 10-50
        profile.products = {QStringLiteral("Teams")};
        profile.locations = {ProfileLocation{QStringLiteral("Tokyo"), QStringLiteral("JP")}};
        QVERIFY(profiles.setProfile(profile).stored());
        AcceptDialog *dialog = openAccept();
        QCOMPARE(kinds(dialog), (QList<FitWarningKind>{FitWarningKind::SizeOptedOut, FitWarningKind::NoMatchingExpertise,
                                                       FitWarningKind::CountryOutsideLocations, FitWarningKind::ClosingDatesSlip}));
        QVERIFY2(shown(dialog).contains(QStringLiteral("The business profile Korea opted out of customers of this size (10–50 employees).")),
                 qPrintable(shown(dialog)));
        QVERIFY(shown(dialog).contains(QStringLiteral("The customer's country (KR) is none of the locations of the business profile Korea.")));
        typeAmount(dialog, QStringLiteral("12000000"));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void shouldSayNothingOfAReferralWithoutProfileOrHistory()
    {
        m_fixture->addEvaluatingReferral(); // r0: no partner, so no profile, and nothing before it
        m_fixture->openWindow();
        QCOMPARE(m_fixture->select(Tab::Evaluating, 0), QStringLiteral("r0"));
        m_fixture->press(Qt::Key_A);
        auto *dialog = m_fixture->openDialog<AcceptDialog>();
        QVERIFY(dialog->fitWarnings().isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("fitWarnings"))->isVisibleTo(dialog));
    }
};

QTEST_MAIN(TestAcceptFitCheck)
#include "tst_acceptfitcheck.moc"
