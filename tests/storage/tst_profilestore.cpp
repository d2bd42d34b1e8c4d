#include "profilestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

BusinessProfile profileOf(const QString &id, const QString &partner)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = partner;
    profile.region = QStringLiteral("Korea");
    profile.contact = {QStringLiteral("김민지"), QStringLiteral("minji@contoso.co.kr"), QStringLiteral("ko")};
    profile.locations = {{QStringLiteral("서울"), QStringLiteral("KR")}, {QStringLiteral("Busan"), QStringLiteral("KR")}};
    profile.description = QStringLiteral("클라우드 이전 전문");
    profile.industries = {QStringLiteral("Healthcare"), QStringLiteral("Education")};
    profile.products = {QStringLiteral("Azure")};
    profile.services = {QStringLiteral("Licensing")};
    profile.solutions = {QStringLiteral("Data migration")};
    profile.keywords = {QStringLiteral("클라우드"), QStringLiteral("migration")};
    profile.excludedSizes = {QStringLiteral("1to9")};
    return profile;
}

} // namespace

// Partner organisations and their business profiles, stored whole or not at all.
class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddAndRenamePartners()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        QCOMPARE(store.setPartner({QStringLiteral("fabrikam"), QStringLiteral("Fabrikam")}).result, ProfileChange::Result::Created);
        QCOMPARE(store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")}).result, ProfileChange::Result::Created);
        QCOMPARE(store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso Korea")}).result, ProfileChange::Result::Replaced);
        const QList<PartnerOrganisation> partners = store.partners();
        QCOMPARE(partners.size(), 2);
        QCOMPARE(partners.at(0).id, QStringLiteral("contoso"));
        QCOMPARE(partners.at(0).name, QStringLiteral("Contoso Korea"));
        QCOMPARE(partners.at(1).id, QStringLiteral("fabrikam"));

        const ProfileChange refused = store.setPartner({QStringLiteral("nameless"), QString()});
        QCOMPARE(refused.result, ProfileChange::Result::Refused);
        QVERIFY(!refused.problems.isEmpty());
        QCOMPARE(store.partners().size(), 2);
    }

    void shouldGiveBackEveryFieldOfAStoredProfile()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")});
        const BusinessProfile stored = profileOf(QStringLiteral("seoul"), QStringLiteral("contoso"));
        QCOMPARE(store.setProfile(stored).result, ProfileChange::Result::Created);
        const std::optional<BusinessProfile> read = store.profile(QStringLiteral("seoul"));
        QVERIFY(read);
        QCOMPARE(*read, stored);
        QVERIFY(!store.profile(QStringLiteral("nowhere")));
        QVERIFY(store.lastError().isEmpty());
    }

    void shouldReplaceAProfileWholeByItsId()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")});
        store.setProfile(profileOf(QStringLiteral("seoul"), QStringLiteral("contoso")));
        BusinessProfile paused = profileOf(QStringLiteral("seoul"), QStringLiteral("contoso"));
        paused.active = false;
        paused.locations = {{QStringLiteral("Incheon"), QStringLiteral("KR")}};
        paused.keywords.clear();
        QCOMPARE(store.setProfile(paused).result, ProfileChange::Result::Replaced);
        QCOMPARE(*store.profile(QStringLiteral("seoul")), paused);
        QCOMPARE(store.profiles().size(), 1);
    }

    void shouldListProfilesOfOnePartner()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")});
        store.setPartner({QStringLiteral("fabrikam"), QStringLiteral("Fabrikam")});
        store.setProfile(profileOf(QStringLiteral("b-seoul"), QStringLiteral("contoso")));
        store.setProfile(profileOf(QStringLiteral("a-busan"), QStringLiteral("contoso")));
        store.setProfile(profileOf(QStringLiteral("c-perth"), QStringLiteral("fabrikam")));

        QStringList all;
        for (const BusinessProfile &profile : store.profiles())
            all.append(profile.id);
        QCOMPARE(all, (QStringList{QStringLiteral("a-busan"), QStringLiteral("b-seoul"), QStringLiteral("c-perth")}));
        const QList<BusinessProfile> contoso = store.profiles(QStringLiteral("contoso"));
        QCOMPARE(contoso.size(), 2);
        QCOMPARE(contoso.at(1), profileOf(QStringLiteral("b-seoul"), QStringLiteral("contoso")));
        QVERIFY(store.profiles(QStringLiteral("nobody")).isEmpty());
    }

    void shouldRefuseAProfileOfAnUnknownPartner()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        const ProfileChange refused = store.setProfile(profileOf(QStringLiteral("seoul"), QStringLiteral("ghost")));
        QCOMPARE(refused.result, ProfileChange::Result::Refused);
        QVERIFY2(refused.problems.join(QLatin1Char(' ')).contains(QStringLiteral("\"ghost\"")), qPrintable(refused.problems.join(QLatin1Char(' '))));
        QVERIFY(store.profiles().isEmpty());
    }

    void shouldStoreSeveralProfilesAllOrNone()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")});
        BusinessProfile bad = profileOf(QStringLiteral("bad"), QStringLiteral("contoso"));
        bad.contact.email = QStringLiteral("not an address");
        bool allStored = true;
        const QList<ProfileChange> changes = store.setProfiles({profileOf(QStringLiteral("good"), QStringLiteral("contoso")), bad}, &allStored);
        QVERIFY(!allStored);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).result, ProfileChange::Result::Refused);
        QVERIFY(store.profiles().isEmpty()); // the good one went back too

        const QList<ProfileChange> stored = store.setProfiles({profileOf(QStringLiteral("good"), QStringLiteral("contoso")),
                                                               profileOf(QStringLiteral("other"), QStringLiteral("contoso"))}, &allStored);
        QVERIFY(allStored);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(stored.at(0).result, ProfileChange::Result::Created);
    }

    void shouldSayWhyWhenTheDatabaseRefuses()
    {
        TestDatabase db;
        ProfileStore store(db.database());
        store.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")});
        QVERIFY(db.failWrites(QStringLiteral("profile_terms"), QStringLiteral("INSERT"), QStringLiteral("disk trouble")));
        const ProfileChange failed = store.setProfile(profileOf(QStringLiteral("seoul"), QStringLiteral("contoso")));
        QCOMPARE(failed.result, ProfileChange::Result::Failed);
        QVERIFY2(failed.problems.join(QLatin1Char(' ')).contains(QStringLiteral("disk trouble")), qPrintable(failed.problems.join(QLatin1Char(' '))));
        QVERIFY(!store.profile(QStringLiteral("seoul"))); // nothing half-written
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
