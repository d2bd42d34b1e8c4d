#include "businessprofile.h"

#include <QTest>

using namespace rd;

namespace {

BusinessProfile soundProfile()
{
    BusinessProfile profile;
    profile.id = QStringLiteral("seoul");
    profile.partnerId = QStringLiteral("contoso");
    profile.region = QStringLiteral("Korea");
    profile.contact = {QStringLiteral("김민지"), QStringLiteral("minji@contoso.co.kr"), QStringLiteral("ko")};
    profile.locations = {{QStringLiteral("서울"), QStringLiteral("KR")}};
    profile.description = QStringLiteral("클라우드 이전 전문");
    profile.industries = {QStringLiteral("Healthcare")};
    profile.excludedSizes = {QStringLiteral("1to9")};
    return profile;
}

bool mentions(const QStringList &problems, const QString &word)
{
    return std::any_of(problems.begin(), problems.end(), [&](const QString &p) { return p.contains(word); });
}

} // namespace

// What a business profile must hold before it is stored, each refusal naming the field.
class TestBusinessProfile : public QObject
{
    Q_OBJECT

private slots:
    void shouldAcceptASoundProfile() { QCOMPARE(problemsIn(soundProfile()), QStringList()); }

    void shouldRefuseEachBadField_data()
    {
        QTest::addColumn<BusinessProfile>("profile");
        QTest::addColumn<QString>("named");
        BusinessProfile p = soundProfile();
        p.id.clear();
        QTest::newRow("no id") << p << "profile id";
        p = soundProfile();
        p.region = QStringLiteral("   ");
        QTest::newRow("blank region") << p << "region";
        p = soundProfile();
        p.contact.email = QStringLiteral("minji at contoso");
        QTest::newRow("bad e-mail") << p << "minji at contoso";
        p = soundProfile();
        p.contact.locale = QStringLiteral("fr");
        QTest::newRow("unknown language") << p << "\"fr\"";
        p = soundProfile();
        p.locations.clear();
        QTest::newRow("no location") << p << "at least one location";
        p = soundProfile();
        p.locations = QList<ProfileLocation>(kMaxProfileLocations + 1, {QStringLiteral("Busan"), QStringLiteral("KR")});
        QTest::newRow("six locations") << p << "at most 5 locations";
        p = soundProfile();
        p.locations = {{QStringLiteral("Atlantis"), QStringLiteral("XX")}};
        QTest::newRow("unknown country") << p << "\"XX\"";
        p = soundProfile();
        p.locations = {{QString(), QStringLiteral("KR")}};
        QTest::newRow("no city") << p << "city";
        p = soundProfile();
        p.description = QString(kMaxProfileDescriptionLength + 1, QLatin1Char('a'));
        QTest::newRow("long description") << p << "2500";
        p = soundProfile();
        p.keywords = {QStringLiteral("ok"), QStringLiteral("bad\u0007bell")};
        QTest::newRow("control character") << p << "control characters";
        p = soundProfile();
        p.excludedSizes = {QStringLiteral("Huge")};
        QTest::newRow("unknown size") << p << "\"Huge\"";
    }

    void shouldRefuseEachBadField()
    {
        QFETCH(BusinessProfile, profile);
        QFETCH(QString, named);
        const QStringList problems = problemsIn(profile);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(named), qPrintable(problems.first()));
    }

    void shouldAcceptTheLimitsThemselves()
    {
        BusinessProfile profile = soundProfile();
        profile.locations = QList<ProfileLocation>(kMaxProfileLocations, {QStringLiteral("Busan"), QStringLiteral("KR")});
        profile.description = QString(kMaxProfileDescriptionLength, QLatin1Char('a'));
        QCOMPARE(problemsIn(profile), QStringList());
    }

    void shouldTellPlausibleAddresses()
    {
        QVERIFY(isPlausibleEmail(QStringLiteral("a@b.co")));
        QVERIFY(isPlausibleEmail(QStringLiteral("first.last+tag@mail.example.com")));
        for (const char *bad : {"", "a@b", "a@@b.co", "a b@c.co", "@b.co", "a@.co", "a@b.", "a@b..co"})
            QVERIFY2(!isPlausibleEmail(QString::fromLatin1(bad)), bad);
    }

    void shouldRefuseAPartnerWithoutANameOrId()
    {
        QVERIFY(problemsIn(PartnerOrganisation{QStringLiteral("contoso"), QStringLiteral("Contoso")}).isEmpty());
        QVERIFY(mentions(problemsIn(PartnerOrganisation{QString(), QStringLiteral("Contoso")}), QStringLiteral("partner id")));
        QVERIFY(mentions(problemsIn(PartnerOrganisation{QStringLiteral("contoso"), QString()}), QStringLiteral("partner name")));
    }
};


QTEST_GUILESS_MAIN(TestBusinessProfile)
#include "tst_businessprofile.moc"
