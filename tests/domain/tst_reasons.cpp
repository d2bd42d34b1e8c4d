#include "reasons.h"
#include "testdatabase.h"
#include "translations.h"

#include <QTest>

using namespace rd;

class TestReasons : public QObject
{
    Q_OBJECT

private slots:
    void shouldOfferOwnPresetsForLostAndForNotTakingAReferral()
    {
        QCOMPARE(Reasons::presetCodes(Action::Skip), Reasons::presetCodes(Action::Decline));
        QVERIFY(Reasons::presetCodes(Action::Skip).contains(QStringLiteral("no-capacity")));
        QVERIFY(Reasons::presetCodes(Action::Lost).contains(QStringLiteral("price")));
        QVERIFY(!Reasons::presetCodes(Action::Lost).contains(QStringLiteral("no-capacity")));
    }

    void shouldShowAPresetInTheReadersLanguageAndTypedTextAsTyped()
    {
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(Reasons::display(QStringLiteral("Price"), QStringLiteral("price")), QStringLiteral("가격"));
        QCOMPARE(Reasons::display(QStringLiteral("Zu teuer"), QString()), QStringLiteral("Zu teuer"));
        QCOMPARE(Reasons::englishTitle(QStringLiteral("price")), QStringLiteral("Price"));
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Reasons::display(QStringLiteral("Price"), QStringLiteral("price")), QStringLiteral("Price"));
        // An unknown code (from a newer version) falls back to the stored words.
        QCOMPARE(Reasons::display(QStringLiteral("Something new"), QStringLiteral("from-the-future")), QStringLiteral("Something new"));
    }

    void shouldKeepTheCodeThroughADecisionAndItsUndo()
    {
        TestDatabase db;
        const QDateTime received = utc("2026-07-01T09:00:00Z");
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), received), received);
        ActionRequest skip;
        skip.action = Action::Skip;
        skip.reasonCode = QStringLiteral("duplicate");
        skip.reason = Reasons::englishTitle(skip.reasonCode);
        const ActionOutcome skipped = db.store().apply(QStringLiteral("r"), skip, received.addSecs(60), QStringLiteral("dana"));
        QCOMPARE(skipped.referral->reasonCode, QStringLiteral("duplicate"));
        QCOMPARE(db.store().history(QStringLiteral("r")).last().reasonCode, QStringLiteral("duplicate"));
        const ActionOutcome undone = db.store().undo(QStringLiteral("r"), skipped.referral->version, received.addSecs(62), QStringLiteral("dana"));
        QCOMPARE(undone.referral->reasonCode, QString());
    }
};

QTEST_GUILESS_MAIN(TestReasons)
#include "tst_reasons.moc"
