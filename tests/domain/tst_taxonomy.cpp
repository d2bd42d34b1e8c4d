#include "jsonrecords.h"
#include "partnercenterjson.h"
#include "samplereferrals.h"
#include "taxonomy.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;


class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void shouldKnowEveryIdTheGuideLists()
    {
        QCOMPARE(Taxonomy::entries(TaxonomyKind::Industry).size(), 14);
        QCOMPARE(Taxonomy::entries(TaxonomyKind::Product).size(), 20);
        QCOMPARE(Taxonomy::entries(TaxonomyKind::Service).size(), 10);
        QCOMPARE(Taxonomy::entries(TaxonomyKind::CustomerSize).size(), 11);
        for (TaxonomyKind kind : {TaxonomyKind::Industry, TaxonomyKind::Product, TaxonomyKind::Service, TaxonomyKind::CustomerSize}) {
            for (const TaxonomyEntry &entry : Taxonomy::entries(kind)) {
                QVERIFY2(!entry.english.isEmpty() && !entry.korean.isEmpty(), qPrintable(entry.id));
                QCOMPARE(Taxonomy::canonicalId(kind, entry.id), entry.id);
            }
        }
    }

    void shouldMatchEverySpellingOfAnId_data()
    {
        QTest::addColumn<TaxonomyKind>("kind");
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("id");
        QTest::newRow("without the space") << TaxonomyKind::Industry << "FinancialServices" << "Financial Services";
        QTest::newRow("lower case") << TaxonomyKind::Industry << "financial services" << "Financial Services";
        QTest::newRow("ampersand spelled out") << TaxonomyKind::Industry << "AgricultureForestryAndFishing" << "Agriculture, Forestry, & Fishing";
        QTest::newRow("punctuation in a product") << TaxonomyKind::Product << "Dynamics AX GP NAV SL" << "DynamicsAX,GP,NAV,SL";
        QTest::newRow("a service") << TaxonomyKind::Service << "consulting and professional" << "ConsultingAndProfessional";
        QTest::newRow("unknown stays as given") << TaxonomyKind::Product << "Quantum Toaster" << "Quantum Toaster";
        QTest::newRow("a size") << TaxonomyKind::CustomerSize << "morethan20000" << "Morethan20000";
    }

    void shouldMatchEverySpellingOfAnId()
    {
        QFETCH(TaxonomyKind, kind);
        QFETCH(QString, spelling);
        QFETCH(QString, id);
        QCOMPARE(Taxonomy::canonicalId(kind, spelling), id);
    }

    void shouldNameIdsInTheReadersLanguage()
    {
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Taxonomy::displayName(TaxonomyKind::Service, QStringLiteral("ConsultingAndProfessional"), korean), QStringLiteral("컨설팅 및 전문 서비스"));
        QCOMPARE(Taxonomy::displayName(TaxonomyKind::Service, QStringLiteral("ConsultingAndProfessional"), english), QStringLiteral("Consulting and professional services"));
        QCOMPARE(Taxonomy::displayName(TaxonomyKind::Product, QStringLiteral("DynamicsAX,GP,NAV,SL"), english), QStringLiteral("Dynamics AX, GP, NAV and SL"));
        QCOMPARE(Taxonomy::displayName(TaxonomyKind::CustomerSize, QStringLiteral("Morethan20000"), korean), QStringLiteral("직원 20,000명 초과"));
        QCOMPARE(Taxonomy::displayName(TaxonomyKind::Industry, QStringLiteral("Something new"), korean), QStringLiteral("Something new"));
    }

    void shouldStoreOneSpellingPerIdOnImport()
    {
        const ParsedReferral parsed = parsePartnerCenterReferral(jsonRecord(QByteArray(R"({"id": "t", "details": {"requirements": {
            "industries": [{"id": "FinancialServices"}, {"id": "Financial Services"}],
            "products": ["PowerBI", "Quantum Toaster"], "services": [{"id": "deploymentormigration"}]}}})")),
                                                                 utc("2026-09-10T12:00:00Z"));
        QVERIFY2(parsed.referral, qPrintable(parsed.error));
        QCOMPARE(parsed.referral->details.requirements.industries, QStringList{QStringLiteral("Financial Services")});
        QCOMPARE(parsed.referral->details.requirements.products, (QStringList{QStringLiteral("PowerBI"), QStringLiteral("Quantum Toaster")}));
        QCOMPARE(parsed.referral->details.requirements.services, QStringList{QStringLiteral("DeploymentOrMigration")});
    }

    void shouldGiveSampleReferralsOnlyIdsTheTableKnows()
    {
        const QList<Referral> samples = sampleReferrals(300, utc("2026-09-10T12:00:00Z"), 7, 0);
        for (const Referral &referral : samples) {
            for (const QString &id : referral.details.requirements.industries)
                QVERIFY2(Taxonomy::find(TaxonomyKind::Industry, id) && Taxonomy::canonicalId(TaxonomyKind::Industry, id) == id, qPrintable(id));
            for (const QString &id : referral.details.requirements.products)
                QVERIFY2(Taxonomy::canonicalId(TaxonomyKind::Product, id) == id && Taxonomy::find(TaxonomyKind::Product, id), qPrintable(id));
            for (const QString &id : referral.details.requirements.services)
                QVERIFY2(Taxonomy::canonicalId(TaxonomyKind::Service, id) == id && Taxonomy::find(TaxonomyKind::Service, id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
