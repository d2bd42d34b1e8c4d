#include "partnercenterjson.h"
#include "sampledata.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace rd;

// The word lists come from JSON files built into the samples library: a file that is not
// linked in, or a table emptied or misspelt by an edit, would only show as a crash (picking
// from an empty list) or as samples that quietly look different.
class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void shouldBuildTheDataFilesIn()
    {
        for (const char *name : {"customers.json", "places.json", "referrals.json"}) {
            QFile file(QStringLiteral(":/referral-desk/samples/") + QLatin1String(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            QVERIFY2(file.size() > 0, name);
        }
    }

    void shouldGiveEveryListSomethingToPick()
    {
        const SampleData &data = sampleData();
        QVERIFY(!data.statuses.isEmpty());
        QVERIFY(!data.sizes.isEmpty());
        QVERIFY(!data.industries.isEmpty());
        QVERIFY(!data.products.isEmpty());
        QVERIFY(!data.services.isEmpty());
        QVERIFY(!data.koreanStems.isEmpty());
        QVERIFY(!data.englishStems.isEmpty());
        QVERIFY(!data.koreanCities.isEmpty());
        QVERIFY(!data.koreanLine2.isEmpty());
        QVERIFY(!data.countries.isEmpty());
        QVERIFY(!data.koreanSurnames.isEmpty());
        QVERIFY(!data.koreanGivenNames.isEmpty());
        QVERIFY(!data.englishFirstNames.isEmpty());
        QVERIFY(!data.englishLastNames.isEmpty());
        for (const SampleTexts *texts : {&data.noteAdditions, &data.estimateNotes, &data.skipReasons,
                                         &data.declineReasons, &data.lossReasons}) {
            QVERIFY(!texts->korean.isEmpty());
            QVERIFY(!texts->english.isEmpty());
            for (const QString &text : texts->korean + texts->english)
                QVERIFY(!text.trimmed().isEmpty());
        }
    }

    void shouldGiveEveryEntryItsParts()
    {
        const SampleData &data = sampleData();
        for (const SampleIndustry &industry : data.industries) {
            QVERIFY2(!industry.korean.isEmpty() && !industry.english.isEmpty(), qPrintable(industry.id));
            for (const SampleNamePart &part : industry.korean + industry.english)
                QVERIFY2(!part.text.isEmpty() && !part.slug.isEmpty(), qPrintable(industry.id));
        }
        for (const SampleNamePart &stem : data.koreanStems + data.englishStems)
            QVERIFY2(!stem.slug.isEmpty() && stem.corporate, qPrintable(stem.text));
        for (const SamplePersonName &name : data.koreanSurnames + data.koreanGivenNames)
            QVERIFY2(!name.text.isEmpty() && !name.roman.isEmpty(), qPrintable(name.roman));
        for (const SampleProduct &product : data.products) {
            QVERIFY2(product.koreanNote.contains(QLatin1String("%1")), qPrintable(product.id));
            QVERIFY2(product.englishNote.contains(QLatin1String("%1")), qPrintable(product.id));
            QVERIFY2(!product.koreanTitle.isEmpty() && !product.englishTitle.isEmpty(), qPrintable(product.id));
            QVERIFY2(product.unitCostUsd > 0, qPrintable(product.id));
        }
        for (const SampleKoreanCity &city : data.koreanCities) {
            QVERIFY2(city.weight > 0 && !city.areaCode.isEmpty() && !city.districts.isEmpty(), qPrintable(city.name));
            for (const SampleDistrict &district : city.districts)
                QVERIFY2(!district.roads.isEmpty() && !district.postalPattern.isEmpty(), qPrintable(district.name));
        }
        for (const SampleCountry &country : data.countries) {
            QVERIFY2(country.weight > 0 && !country.locale.isEmpty(), qPrintable(country.code));
            QVERIFY2(!country.legalForms.isEmpty() && !country.line2Patterns.isEmpty(), qPrintable(country.code));
            QVERIFY2(!country.cities.isEmpty(), qPrintable(country.code));
            for (const SampleEnglishCity &city : country.cities) {
                QVERIFY2(!city.phonePattern.isEmpty(), qPrintable(city.name));
                QVERIFY2(!city.postalPatterns.isEmpty() && !city.streets.isEmpty(), qPrintable(city.name));
            }
        }
    }

    void shouldWeighEveryStatusAndSize()
    {
        const SampleData &data = sampleData();
        QSet<Status> statuses;
        for (const SampleStatusWeight &weight : data.statuses) {
            QVERIFY(weight.weight > 0);
            statuses.insert(weight.status);
        }
        QCOMPARE(statuses.size(), allStatuses().size());
        for (const SampleSizeBand &band : data.sizes) {
            QVERIFY2(customerSizes().contains(band.size), qPrintable(band.size));
            QVERIFY2(band.weight > 0 && band.minEmployees >= 1 && band.minEmployees <= band.maxEmployees,
                     qPrintable(band.size));
        }
    }

    // Korean customers count in won, some Canadian and Singaporean ones in US dollars.
    void shouldKnowTheCurrencyOfEveryCustomer()
    {
        const SampleData &data = sampleData();
        QStringList codes = {QStringLiteral("KRW"), QStringLiteral("USD")};
        for (const SampleCountry &country : data.countries)
            codes.append(country.currency);
        for (const QString &code : std::as_const(codes)) {
            const SampleCurrency *currency = data.currency(code);
            QVERIFY2(currency, qPrintable(code));
            QVERIFY2(currency->perUsd > 0 && currency->minorPerMajor >= 1, qPrintable(code));
        }
        QCOMPARE(data.currency(QStringLiteral("KRW"))->minorPerMajor, qint64(1));
        QCOMPARE(data.currency(QStringLiteral("USD"))->minorPerMajor, qint64(100));
        QVERIFY(!data.currency(QStringLiteral("XXX")));
    }

    void shouldMakeDomainWordsOfAsciiLettersAndDigits()
    {
        QCOMPARE(slugOf(QStringLiteral("Blue Yonder")), QStringLiteral("blueyonder"));
        QCOMPARE(slugOf(QStringLiteral("Power & Light")), QStringLiteral("powerlight"));
        QCOMPARE(slugOf(QStringLiteral("O'Brien")), QStringLiteral("obrien"));
        QCOMPARE(slugOf(QStringLiteral("René 2")), QStringLiteral("ren2"));
        QCOMPARE(slugOf(QStringLiteral("한빛")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
