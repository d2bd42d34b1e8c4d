#include "actor.h"
#include "testdatabase.h"
#include "translations.h"
#include "undo.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kDecided = utc("2026-07-01T11:00:00Z");
const QString kDana = QStringLiteral("dana");

// "r", skipped by Dana at kDecided, as the store would hold it.
Referral skipped()
{
    Referral referral = sampleReferral(QStringLiteral("r"), kDecided.addSecs(-3600), Status::Skipped);
    referral.statusSince = kDecided;
    referral.version = 3;
    return referral;
}

HistoryEntry skipping()
{
    HistoryEntry entry;
    entry.from = Status::New;
    entry.to = Status::Skipped;
    entry.at = kDecided;
    entry.actor = kDana;
    entry.keepsBeforeState = true;
    return entry;
}

} // namespace

// Whether a decision can be taken back: one rule for the store and the window.
class TestUndoEligibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldUndoOnlyNoThanksAndDecline_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("undoable");
        for (Action action : allActions())
            QTest::newRow(qPrintable(actionName(action))) << action << (action == Action::Skip || action == Action::Decline);
    }

    void shouldUndoOnlyNoThanksAndDecline()
    {
        QFETCH(Action, action);
        QFETCH(bool, undoable);
        QCOMPARE(canBeUndone(action), undoable);
    }

    void shouldAllowTheSamePersonWithinTheWindow()
    {
        const QDateTime lastMoment = kDecided.addMSecs(kUndoWindowMs - 1);
        const UndoCheck check = checkUndo(skipped(), 3, skipping(), kDana, lastMoment);
        QVERIFY(check.allowed());
        QVERIFY(check.message.isEmpty());
        QVERIFY(check.entry);
        QCOMPARE(check.entry->from, std::optional<Status>(Status::Skipped));
        QCOMPARE(check.entry->to, Status::New);
        QCOMPARE(check.entry->at, lastMoment);
        QCOMPARE(check.entry->actor, kDana);
        QVERIFY(!check.entry->keepsBeforeState);
    }

    void shouldEndTheWindowTenSecondsAfterTheDecision()
    {
        QCOMPARE(undoWindowEnd(skipping()), kDecided.addSecs(10));
    }

    void shouldRefuseWithAReason_data()
    {
        QTest::addColumn<Referral>("current");
        QTest::addColumn<int>("seenVersion");
        QTest::addColumn<std::optional<HistoryEntry>>("decision");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<UndoRefusal>("refusal");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("no decision recorded") << skipped() << 3 << std::optional<HistoryEntry>() << kDana << qint64(1)
                                              << UndoRefusal::ChangedSince << QStringLiteral("changed since");
        QTest::newRow("seen at another version") << skipped() << 2 << std::optional(skipping()) << kDana << qint64(1)
                                                 << UndoRefusal::ChangedSince << QStringLiteral("changed since");
        Referral movedOn = skipped();
        movedOn.status = Status::New;
        QTest::newRow("no longer where the decision left it") << movedOn << 3 << std::optional(skipping()) << kDana << qint64(1)
                                                               << UndoRefusal::ChangedSince << QStringLiteral("changed since");
        HistoryEntry keptNothing = skipping();
        keptNothing.keepsBeforeState = false;
        QTest::newRow("kept nothing to go back to") << skipped() << 3 << std::optional(keptNothing) << kDana << qint64(1)
                                                    << UndoRefusal::NotUndoable << QStringLiteral("can't be undone");
        HistoryEntry imported = skipping();
        imported.from.reset();
        QTest::newRow("the import itself") << skipped() << 3 << std::optional(imported) << kDana << qint64(1)
                                           << UndoRefusal::NotUndoable << QStringLiteral("can't be undone");
        QTest::newRow("someone else's") << skipped() << 3 << std::optional(skipping()) << QStringLiteral("alex") << qint64(1)
                                        << UndoRefusal::SomeoneElses << QStringLiteral("can't be undone");
        QTest::newRow("the deadline checker's") << skipped() << 3 << std::optional(skipping()) << Actor::kSystem << qint64(1)
                                                << UndoRefusal::SomeoneElses << QStringLiteral("can't be undone");
        QTest::newRow("exactly at the end of the window") << skipped() << 3 << std::optional(skipping()) << kDana << kUndoWindowMs
                                                          << UndoRefusal::TooLate << QStringLiteral("within 10 seconds");
        QTest::newRow("long after") << skipped() << 3 << std::optional(skipping()) << kDana << qint64(3600 * 1000)
                                    << UndoRefusal::TooLate << QStringLiteral("final");
    }

    void shouldRefuseWithAReason()
    {
        QFETCH(Referral, current);
        QFETCH(int, seenVersion);
        QFETCH(std::optional<HistoryEntry>, decision);
        QFETCH(QString, actor);
        QFETCH(qint64, afterMs);
        QFETCH(UndoRefusal, refusal);
        QFETCH(QString, mentions);

        const UndoCheck check = checkUndo(current, seenVersion, decision, actor, kDecided.addMSecs(afterMs));
        QVERIFY(!check.allowed());
        QCOMPARE(check.refusal, refusal);
        QVERIFY(!check.entry);
        QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TestUndoEligibility)
#include "tst_undoeligibility.moc"
