#include "profileadvice.h"

#include <QTest>

using namespace rd;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

BusinessProfile profile()
{
    BusinessProfile p;
    p.id = QStringLiteral("kr");
    p.industries = {QStringLiteral("Healthcare"), QStringLiteral("Education")};
    p.products = {QStringLiteral("Azure")};
    p.excludedSizes = {QStringLiteral("Morethan20000")};
    return p;
}

RecurringReason tooSmall(int same, int considered = kAdviceWindow)
{
    return {ReferralTrait::Size, QStringLiteral("1to9"), QStringLiteral("customer-too-small"), true, same, considered};
}

} // namespace

// Profile advice: a reason that keeps recurring for one kind of referral, and the edit that
// would keep such referrals away.
class TestProfileAdvice : public QObject
{
    Q_OBJECT

private slots:
    void shouldAdviseFromSevenOfTheLastTen()
    {
        QVERIFY(adviseProfile(profile(), {tooSmall(6)}).isEmpty());
        const QList<ProfileAdvice> advice = adviseProfile(profile(), {tooSmall(7)});
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.first().edit, ProfileEdit::OptOutOfSize);
        QCOMPARE(advice.first().term, QStringLiteral("1to9"));
        QCOMPARE(advice.first().profileId, QStringLiteral("kr"));
        QCOMPARE(explainAdvice(advice.first(), kEnglish),
                 QStringLiteral("7 of the last 10 declined or skipped referrals of customers with 1–9 employees gave the reason “Customer too small for us”."));
        QCOMPARE(describeEdit(ProfileEdit::OptOutOfSize, QStringLiteral("1to9"), kEnglish), QStringLiteral("Opt out of customers with 1–9 employees."));
    }

    void shouldNotAdviseWhatIsDoneAlready()
    {
        BusinessProfile out = profile();
        out.excludedSizes = {QStringLiteral("1to50")}; // holds 1to9
        QVERIFY(adviseProfile(out, {tooSmall(8)}).isEmpty());
        const RecurringReason notOurs{ReferralTrait::Industry, QStringLiteral("Retail"), QStringLiteral("not-our-expertise"), true, 9, 10};
        QVERIFY(adviseProfile(profile(), {notOurs}).isEmpty()); // the profile does not list Retail
    }

    void shouldNeverAdviseFromDuplicatesOrSpam()
    {
        RecurringReason spam = tooSmall(10);
        spam.reason = QStringLiteral("spam");
        QVERIFY(adviseProfile(profile(), {spam}).isEmpty());
        spam.preset = false; // typed words that happen to read "spam" are a reason like any other
        QCOMPARE(adviseProfile(profile(), {spam}).size(), 1);
    }

    void shouldRemoveAnIndustryProductOrService()
    {
        const RecurringReason healthcare{ReferralTrait::Industry, QStringLiteral("Healthcare"), QStringLiteral("Hospitals only want on-site staff"), false, 8, 10};
        const QList<ProfileAdvice> advice = adviseProfile(profile(), {healthcare});
        QCOMPARE(advice.size(), 1);
        QCOMPARE(explainAdvice(advice.first(), kEnglish),
                 QStringLiteral("8 of the last 10 declined or skipped referrals asking for Healthcare gave the reason “Hospitals only want on-site staff”."));
        const std::optional<BusinessProfile> after = applyAdvice(profile(), advice.first());
        QCOMPARE(after->industries, QStringList{QStringLiteral("Education")});
        QCOMPARE(after->products, profile().products);
        QVERIFY(!applyAdvice(*after, advice.first())); // done: it no longer applies
        QCOMPARE(describeEdit(ProfileEdit::RemoveProduct, QStringLiteral("Azure"), kEnglish), QStringLiteral("Remove Azure from the profile's products."));
    }

    void shouldOptOutOnApply()
    {
        const ProfileAdvice advice = adviseProfile(profile(), {tooSmall(7)}).first();
        const std::optional<BusinessProfile> after = applyAdvice(profile(), advice);
        QCOMPARE(after->excludedSizes, (QStringList{QStringLiteral("Morethan20000"), QStringLiteral("1to9")}));
        QVERIFY(!applyAdvice(*after, advice));
    }

    void shouldNameEachEditByAStableCode()
    {
        for (ProfileEdit edit : {ProfileEdit::OptOutOfSize, ProfileEdit::RemoveIndustry, ProfileEdit::RemoveProduct, ProfileEdit::RemoveService})
            QCOMPARE(editFromCode(editCode(edit)), std::optional<ProfileEdit>(edit));
        QCOMPARE(editCode(ProfileEdit::OptOutOfSize), QStringLiteral("opt-out-size"));
        QVERIFY(!editFromCode(QStringLiteral("delete-everything")));
    }

    void shouldListOneAdviceOncePerEdit()
    {
        RecurringReason again = tooSmall(7);
        again.reason = QStringLiteral("no-capacity"); // the same size, another reason at 7 too
        QCOMPARE(adviseProfile(profile(), {tooSmall(7), again}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileAdvice)
#include "tst_profileadvice.moc"
