#include "isotime.h"

#include <QTest>
#include <QTimeZone>

using namespace rd;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadPartnerCenterInstants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msSinceEpoch");
        const qint64 base = QDateTime(QDate(2019, 7, 11), QTime(16, 59, 3), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("seconds") << "2019-07-11T16:59:03Z" << base;
        QTest::newRow("seven digits") << "2019-07-11T16:59:03.8245516Z" << base + 824;
        QTest::newRow("three digits") << "2019-07-11T16:59:03.120Z" << base + 120;
        QTest::newRow("one digit") << "2019-07-11T16:59:03.5Z" << base + 500;
        QTest::newRow("no zone means UTC") << "2019-07-11T16:59:03" << base;
        QTest::newRow("offset") << "2019-07-12T01:59:03+09:00" << base;
        QTest::newRow("negative offset") << "2019-07-11T11:59:03-0500" << base;
        QTest::newRow("minutes only") << "2019-07-11T16:59Z" << base - 3000;
    }

    void shouldReadPartnerCenterInstants()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msSinceEpoch);
        const std::optional<QDateTime> parsed = parseIsoInstant(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toMSecsSinceEpoch(), msSinceEpoch);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void shouldRefuseWhatIsNoInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2019-07-11";
        QTest::newRow("month 13") << "2019-13-11T10:00:00Z";
        QTest::newRow("hour 25") << "2019-07-11T25:00:00Z";
        QTest::newRow("prose") << "yesterday";
        QTest::newRow("offset beyond 14 hours") << "2019-07-11T10:00:00+15:00";
    }

    void shouldRefuseWhatIsNoInstant()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoInstant(text));
    }

    void shouldWriteUtcWithMilliseconds()
    {
        const QDateTime seoul(QDate(2026, 1, 1), QTime(9, 0), QTimeZone("Asia/Seoul"));
        QCOMPARE(formatIsoInstant(seoul), QStringLiteral("2026-01-01T00:00:00.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
