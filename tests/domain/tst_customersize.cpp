#include "customersize.h"

#include <QTest>

using namespace rd;

// The two size scales of Partner Center, read as employee ranges and grouped into bands.
class TestCustomerSize : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheRangeFromTheId()
    {
        QCOMPARE(CustomerSize::employees(QStringLiteral("10to50"))->low, 10);
        QCOMPARE(CustomerSize::employees(QStringLiteral("10to50"))->high, std::optional<int>(50));
        QCOMPARE(CustomerSize::employees(QStringLiteral("Morethan500"))->low, 501);
        QVERIFY(!CustomerSize::employees(QStringLiteral("Morethan500"))->high);
        QCOMPARE(CustomerSize::employees(QStringLiteral("1TO9"))->high, std::optional<int>(9)); // another spelling
        QVERIFY(!CustomerSize::employees(QStringLiteral("huge")));
    }

    void shouldPutEachSizeInTheBandHoldingMostOfIt_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("band");
        QTest::newRow("1to9") << "1to9" << "1to50";
        QTest::newRow("10to50") << "10to50" << "1to50";
        QTest::newRow("1to50") << "1to50" << "1to50";
        QTest::newRow("51to250") << "51to250" << "51to500";
        QTest::newRow("51to500") << "51to500" << "51to500";
        QTest::newRow("251to1000: 500 above 500, 250 below") << "251to1000" << "Morethan500";
        QTest::newRow("1001to5000") << "1001to5000" << "Morethan500";
        QTest::newRow("Morethan20000") << "Morethan20000" << "Morethan500";
        QTest::newRow("unknown") << "huge" << "";
        QTest::newRow("none") << "" << "";
    }

    void shouldPutEachSizeInTheBandHoldingMostOfIt()
    {
        QFETCH(QString, size);
        QFETCH(QString, band);
        QCOMPARE(CustomerSize::band(size), band);
    }

    void shouldListTheSizesOfABand()
    {
        QCOMPARE(CustomerSize::sizesInBand(QStringLiteral("1to50")),
                 (QStringList{QStringLiteral("1to9"), QStringLiteral("1to50"), QStringLiteral("10to50")}));
        QCOMPARE(CustomerSize::sizesInBand(QStringLiteral("51to500")), (QStringList{QStringLiteral("51to250"), QStringLiteral("51to500")}));
        QCOMPARE(CustomerSize::sizesInBand(QStringLiteral("Morethan500")).size(), 6);
        QVERIFY(CustomerSize::sizesInBand(QString()).isEmpty());
    }

    void shouldOptOutOfASizeAndTheSizesItHolds()
    {
        const QStringList small{QStringLiteral("1to50")};
        QVERIFY(CustomerSize::isOptedOut(QStringLiteral("1to50"), small));
        QVERIFY(CustomerSize::isOptedOut(QStringLiteral("1to9"), small));
        QVERIFY(CustomerSize::isOptedOut(QStringLiteral("10to50"), small));
        QVERIFY(!CustomerSize::isOptedOut(QStringLiteral("51to250"), small));
        QVERIFY(!CustomerSize::isOptedOut(QStringLiteral("1to50"), {QStringLiteral("1to9")})); // 10-50 still served
        QVERIFY(CustomerSize::isOptedOut(QStringLiteral("Morethan20000"), {QStringLiteral("Morethan500")}));
        QVERIFY(!CustomerSize::isOptedOut(QStringLiteral("Morethan500"), {QStringLiteral("Morethan20000")}));
        QVERIFY(!CustomerSize::isOptedOut(QStringLiteral("1to9"), {}));
    }
};

QTEST_GUILESS_MAIN(TestCustomerSize)
#include "tst_customersize.moc"
