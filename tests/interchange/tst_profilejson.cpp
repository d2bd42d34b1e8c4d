#include "profilejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// Business profiles in and out of the JSON the command line speaks.
class TestProfileJson : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEveryFieldInCanonicalSpelling()
    {
        QString error;
        const std::optional<BusinessProfile> profile = profileFromJson(parse(R"({
            "id": "seoul", "partner": "contoso", "region": "Korea", "active": false,
            "contact": {"name": "김민지", "email": " minji@contoso.co.kr ", "locale": "ko-KR"},
            "locations": [{"city": "서울", "country": "kr"}, {"city": "Busan", "country": "KR"}],
            "description": "클라우드 이전 전문",
            "industries": ["FinancialServices", "Healthcare"], "products": ["azure"], "services": ["Licensing"],
            "solutions": ["Unknown thing"], "keywords": ["클라우드", "migration"], "excludedSizes": ["1to9"],
            "unknownField": 1
        })"), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->id, QStringLiteral("seoul"));
        QCOMPARE(profile->partnerId, QStringLiteral("contoso"));
        QCOMPARE(profile->region, QStringLiteral("Korea"));
        QVERIFY(!profile->active);
        QCOMPARE(profile->contact, (ProfileContact{QStringLiteral("김민지"), QStringLiteral("minji@contoso.co.kr"), QStringLiteral("ko")}));
        QCOMPARE(profile->locations, (QList<ProfileLocation>{{QStringLiteral("서울"), QStringLiteral("KR")}, {QStringLiteral("Busan"), QStringLiteral("KR")}}));
        QCOMPARE(profile->industries, (QStringList{QStringLiteral("Financial Services"), QStringLiteral("Healthcare")}));
        QCOMPARE(profile->products, QStringList{QStringLiteral("Azure")});
        QCOMPARE(profile->solutions, QStringList{QStringLiteral("Unknown thing")}); // kept as given
        QCOMPARE(profile->keywords, (QStringList{QStringLiteral("클라우드"), QStringLiteral("migration")}));
        QCOMPARE(profile->excludedSizes, QStringList{QStringLiteral("1to9")});
        QCOMPARE(problemsIn(*profile), QStringList());
    }

    void shouldGiveBackWhatItWrote()
    {
        QString error;
        const std::optional<BusinessProfile> first = profileFromJson(parse(R"({
            "id": "p", "partner": "x", "region": "West", "contact": {"name": "Ann", "email": "ann@x.com"},
            "locations": [{"city": "Perth", "country": "AU"}], "industries": ["Education"]})"), &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->active); // active unless said otherwise
        QCOMPARE(first->contact.locale, QStringLiteral("en"));
        const std::optional<BusinessProfile> again = profileFromJson(profileToJson(*first), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *first);
    }

    void shouldNameAFieldOfTheWrongType_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("id") << R"({"id": 5})" << "\"id\"";
        QTest::newRow("active") << R"({"active": "yes"})" << "\"active\"";
        QTest::newRow("contact") << R"({"contact": "ann@x.com"})" << "\"contact\"";
        QTest::newRow("email") << R"({"contact": {"email": 1}})" << "\"contact.email\"";
        QTest::newRow("locations") << R"({"locations": {"city": "Perth"}})" << "\"locations\"";
        QTest::newRow("location") << R"({"locations": ["Perth"]})" << "\"locations\"";
        QTest::newRow("country") << R"({"locations": [{"city": "Perth", "country": 61}]})" << "\"locations.country\"";
        QTest::newRow("industries") << R"({"industries": "Education"})" << "\"industries\"";
        QTest::newRow("keyword") << R"({"keywords": ["ok", 3]})" << "\"keywords\"";
    }

    void shouldNameAFieldOfTheWrongType()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!profileFromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
