#include "advicehistory.h"
#include "profileadvicestore.h"
#include "profilestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-07-01T09:00:00Z");

void turnedDown(TestDatabase &db, const QString &profile, const QString &size, int daysAgo, const QString &reason,
                const QStringList &industries)
{
    storeTurnedDown(db, kNow, profile, size, daysAgo, reason, industries);
}

std::optional<RecurringReason> find(const QList<RecurringReason> &reasons, ReferralTrait trait, const QString &term, const QString &why)
{
    for (const RecurringReason &reason : reasons) {
        if (reason.trait == trait && reason.term == term && reason.reason == why)
            return reason;
    }
    return std::nullopt;
}

} // namespace

// Profile advice from stored history: the recurring reasons counted in SQL, and the advice
// applied as one recorded transaction.
class TestProfileAdviceStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountTheReasonsOfTheLastTenOfEachKind()
    {
        TestDatabase db;
        storeAdviceHistory(db, kNow);
        ProfileAdviceStore store(db.database());
        const QList<RecurringReason> reasons = store.recurringReasons(QStringLiteral("kr"));
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        const std::optional<RecurringReason> tooSmall = find(reasons, ReferralTrait::Size, QStringLiteral("1to9"), QStringLiteral("customer-too-small"));
        QVERIFY(tooSmall);
        QCOMPARE(tooSmall->sameReason, 8);
        QCOMPARE(tooSmall->considered, 10);
        QVERIFY(tooSmall->preset);
        const std::optional<RecurringReason> typed = find(reasons, ReferralTrait::Size, QStringLiteral("1to9"), QStringLiteral("Too small"));
        QCOMPARE(typed->sameReason, 2); // trimmed, counted as one
        QVERIFY(!typed->preset);
        QVERIFY(!find(reasons, ReferralTrait::Size, QStringLiteral("1to9"), QStringLiteral("no-capacity"))); // older than the last ten
        QCOMPARE(find(reasons, ReferralTrait::Size, QStringLiteral("51to500"), QStringLiteral("no-capacity"))->sameReason, 5);
        // Every one asked for Teams: its last ten are days 1-5 of both sizes, half and half.
        QCOMPARE(find(reasons, ReferralTrait::Product, QStringLiteral("Teams"), QStringLiteral("customer-too-small"))->sameReason, 5);
        QCOMPARE(find(reasons, ReferralTrait::Product, QStringLiteral("Teams"), QStringLiteral("no-capacity"))->sameReason, 5);
        QCOMPARE(find(reasons, ReferralTrait::Product, QStringLiteral("Teams"), QStringLiteral("no-capacity"))->considered, 10);
        QVERIFY(!find(reasons, ReferralTrait::Size, QStringLiteral("10to50"), QStringLiteral("customer-too-small"))); // samples only
    }

    void shouldAdviseOnlyWhatTheProfileStillDoes()
    {
        TestDatabase db;
        storeAdviceHistory(db, kNow);
        // Teams and Retail recur too, but the profile lists neither: opting out is the advice.
        const QList<ProfileAdvice> advice = ProfileAdviceStore(db.database()).adviceFor(QStringLiteral("kr"));
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.first().edit, ProfileEdit::OptOutOfSize);
        QCOMPARE(advice.first().term, QStringLiteral("1to9"));
        QCOMPARE(advice.first().sameReason, 8);
        QVERIFY(ProfileAdviceStore(db.database()).adviceFor(QStringLiteral("kr2")).size() == 1); // its own ten
        QVERIFY(ProfileAdviceStore(db.database()).adviceFor(QStringLiteral("nowhere")).isEmpty());
    }

    void shouldApplyAndRecordInOneTransaction()
    {
        TestDatabase db;
        storeAdviceHistory(db, kNow);
        ProfileAdviceStore store(db.database());
        const ProfileAdvice advice = store.adviceFor(QStringLiteral("kr")).first();
        const AdviceApplied applied = store.apply(advice, QStringLiteral("minji"), kNow);
        QCOMPARE(applied.result, AdviceApplied::Result::Applied);
        QCOMPARE(ProfileStore(db.database()).profile(QStringLiteral("kr"))->excludedSizes, QStringList{QStringLiteral("1to9")});
        const QList<ProfileChangeRecord> records = store.records(QStringLiteral("kr"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actor, QStringLiteral("minji"));
        QCOMPARE(records.first().at, kNow);
        QCOMPARE(records.first().advice, advice);
        QCOMPARE(records.first().before, QStringList());
        QCOMPARE(records.first().after, QStringList{QStringLiteral("1to9")});
        QCOMPARE(records.first().id, applied.record->id);
        QVERIFY(store.adviceFor(QStringLiteral("kr")).isEmpty()); // done
        QVERIFY(store.records(QStringLiteral("kr2")).isEmpty());
        QCOMPARE(store.records().size(), 1);

        const AdviceApplied again = store.apply(advice, QStringLiteral("minji"), kNow.addSecs(60));
        QCOMPARE(again.result, AdviceApplied::Result::NoLongerApplies);
        QVERIFY(!again.message.isEmpty());
        QCOMPARE(store.records().size(), 1);
    }

    void shouldRemoveAnIndustryOnAdvice()
    {
        TestDatabase db;
        storeAdviceProfiles(db);
        for (int day = 1; day <= 7; ++day)
            turnedDown(db, QStringLiteral("kr"), QStringLiteral("51to500"), day, QStringLiteral("Hospitals want staff on site"), {QStringLiteral("Healthcare")});
        ProfileAdviceStore store(db.database());
        // All seven were of one size too: opting out of it is the other advice.
        const QList<ProfileAdvice> advice = store.adviceFor(QStringLiteral("kr"));
        QCOMPARE(advice.size(), 2);
        QCOMPARE(advice.at(0).edit, ProfileEdit::OptOutOfSize);
        QCOMPARE(advice.at(1).edit, ProfileEdit::RemoveIndustry);
        QCOMPARE(advice.at(1).reason, QStringLiteral("Hospitals want staff on site"));
        QCOMPARE(store.apply(advice.at(1), QStringLiteral("minji"), kNow).result, AdviceApplied::Result::Applied);
        QCOMPARE(ProfileStore(db.database()).profile(QStringLiteral("kr"))->industries, QStringList{QStringLiteral("Education")});
        QCOMPARE(store.records().first().before, (QStringList{QStringLiteral("Healthcare"), QStringLiteral("Education")}));
    }

    void shouldChangeNothingWhenTheRecordCannotBeWritten()
    {
        TestDatabase db;
        storeAdviceHistory(db, kNow);
        ProfileAdviceStore store(db.database());
        const ProfileAdvice advice = store.adviceFor(QStringLiteral("kr")).first();
        QVERIFY(db.exec(QStringLiteral("DROP TABLE profile_changes")));
        const AdviceApplied applied = store.apply(advice, QStringLiteral("minji"), kNow);
        QCOMPARE(applied.result, AdviceApplied::Result::Failed);
        QVERIFY(!applied.message.isEmpty());
        QVERIFY(ProfileStore(db.database()).profile(QStringLiteral("kr"))->excludedSizes.isEmpty()); // rolled back
    }

    void shouldRefuseAdviceForAProfileThatIsGone()
    {
        TestDatabase db;
        storeAdviceProfiles(db);
        ProfileAdvice advice;
        advice.profileId = QStringLiteral("nowhere");
        advice.term = QStringLiteral("1to9");
        const AdviceApplied applied = ProfileAdviceStore(db.database()).apply(advice, QStringLiteral("minji"), kNow);
        QCOMPARE(applied.result, AdviceApplied::Result::Refused);
        QVERIFY(applied.message.contains(QStringLiteral("nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestProfileAdviceStore)
#include "tst_profileadvicestore.moc"
