#include "generateddevice.h"
#include "jsonrecordstream.h"

#include <QBuffer>
#include <QTest>

using namespace rd;

namespace {

struct Reading
{
    bool complete = false;
    QString error;
    QList<JsonNode> records;
};

Reading readAll(QIODevice &device, JsonRecordStream::Limits limits = {})
{
    JsonRecordStream stream(device, limits);
    Reading reading;
    reading.complete = stream.read([&](int index, const JsonNode &record) {
        if (index != int(reading.records.size()))
            qWarning("records out of order");
        reading.records.append(record);
        return true;
    });
    reading.error = stream.error();
    return reading;
}

Reading readText(const QByteArray &json, JsonRecordStream::Limits limits = {})
{
    QByteArray copy = json;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, limits);
}

} // namespace

class TestJsonRecordStream : public QObject
{
    Q_OBJECT

private slots:
    void shouldHandOverNumbersAsWritten()
    {
        const Reading reading = readText(R"({"a": 99999.999, "b": 1e-9, "c": 999999999999999999999})");
        QVERIFY2(reading.complete, qPrintable(reading.error));
        const JsonNode &record = reading.records.value(0);
        QCOMPARE(record.value(QStringLiteral("a")).text(), QStringLiteral("99999.999"));
        QCOMPARE(record.value(QStringLiteral("b")).text(), QStringLiteral("1e-9"));
        QCOMPARE(record.value(QStringLiteral("c")).text(), QStringLiteral("999999999999999999999"));
        QVERIFY(record.value(QStringLiteral("a")).isNumber());
    }

    void shouldReadEachShapeOfInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("records");
        QTest::newRow("one object") << QByteArray(R"({"id": "a", "name": "x"})") << 1;
        QTest::newRow("a list") << QByteArray(R"([{"id": "a"}, {"id": "b"}, 7])") << 3;
        QTest::newRow("a list response") << QByteArray(R"({"@odata.count": 2, "value": [{"id": "a"}, {"id": "b"}], "next": "x"})") << 2;
        QTest::newRow("an empty list") << QByteArray("[]") << 0;
    }

    void shouldReadEachShapeOfInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, records);
        const Reading reading = readText(json);
        QVERIFY2(reading.complete, qPrintable(reading.error));
        QCOMPARE(reading.records.size(), records);
    }

    void shouldMarkTextThatIsNotUnicodeAndReadOn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unpaired high surrogate") << QByteArray(R"("PC-123\ud800")");
        QTest::newRow("high surrogate before a letter") << QByteArray(R"("\uD83Dx")");
        QTest::newRow("unpaired low surrogate") << QByteArray(R"("\udc00")");
        QTest::newRow("bytes that are not UTF-8") << QByteArray("\"caf\xe9\"");
    }

    void shouldMarkTextThatIsNotUnicodeAndReadOn()
    {
        QFETCH(QByteArray, text);
        const Reading reading = readText("[{\"id\": " + text + "}, {\"id\": \"next\"}]");
        QVERIFY2(reading.complete, qPrintable(reading.error));
        QCOMPARE(reading.records.size(), 2);
        QVERIFY(!reading.records.at(0).value(QStringLiteral("id")).isValidUnicode());
        QVERIFY(reading.records.at(1).value(QStringLiteral("id")).isValidUnicode());
    }

    void shouldKeepAPairedSurrogateAndAnEscapedBackslash()
    {
        const Reading reading = readText(R"({"a": "\ud83d\ude00", "b": "\\ud800"})");
        QVERIFY2(reading.complete, qPrintable(reading.error));
        QCOMPARE(reading.records.at(0).value(QStringLiteral("a")).text(), QString::fromUtf8("\xF0\x9F\x98\x80"));
        QVERIFY(reading.records.at(0).value(QStringLiteral("a")).isValidUnicode());
        QCOMPARE(reading.records.at(0).value(QStringLiteral("b")).text(), QStringLiteral("\\ud800"));
    }

    void shouldReadOnlyALittleAheadOfTheRecordAtHand()
    {
        // Ten megabytes of referrals from a pipe: the first is handed over long before the end.
        constexpr qint64 kChunks = 20000;
        GeneratedDevice device([](qint64 n) -> QByteArray {
            if (n > kChunks)
                return {};
            if (n == kChunks)
                return "]";
            return (n == 0 ? "[" : ",") + QStringLiteral("{\"id\": \"r%1\", \"notes\": \"%2\"}").arg(n).arg(QString(480, QLatin1Char('x'))).toUtf8();
        });
        JsonRecordStream stream(device);
        qint64 readWhenFirstArrived = -1;
        int count = 0;
        QVERIFY(stream.read([&](int, const JsonNode &) {
            if (count++ == 0)
                readWhenFirstArrived = device.handedOut();
            return true;
        }));
        QCOMPARE(count, int(kChunks));
        QVERIFY(device.handedOut() > 10'000'000);
        QVERIFY2(readWhenFirstArrived < 256 * 1024, qPrintable(QString::number(readWhenFirstArrived)));
    }

    void shouldEndAnEndlessInputWithAClearError_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("repeated");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero bytes (/dev/zero)") << QByteArray() << QByteArray(4096, '\0') << "zero byte";
        QTest::newRow("an endless text") << QByteArray("[{\"id\": \"") << QByteArray(4096, 'a') << "MiB";
        QTest::newRow("endless spaces") << QByteArray("[") << QByteArray(4096, ' ') << "MiB";
    }

    void shouldEndAnEndlessInputWithAClearError()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, repeated);
        QFETCH(QString, mentions);
        GeneratedDevice device([&](qint64 n) { return n == 0 && !start.isEmpty() ? start : repeated; });
        const Reading reading = readAll(device);
        QVERIFY(!reading.complete);
        QVERIFY2(reading.error.contains(mentions), qPrintable(reading.error));
        QVERIFY(device.handedOut() < 4 * 1024 * 1024);
    }

    void shouldRefuseNestingDeeperThanAReferral()
    {
        const QByteArray deep = "[{\"id\": \"a\", \"x\": " + QByteArray(40, '[') + QByteArray(40, ']') + "}]";
        const Reading reading = readText(deep);
        QVERIFY(!reading.complete);
        QVERIFY2(reading.error.contains(QStringLiteral("32 deep")), qPrintable(reading.error));
    }

    void shouldNameTheLineAndColumnOfASyntaxError()
    {
        const Reading reading = readText("[\n  {\"id\": \"a\"},\n  {\"id\" \"b\"}\n]");
        QVERIFY(!reading.complete);
        QCOMPARE(reading.records.size(), 1);
        QVERIFY2(reading.error.contains(QStringLiteral("line 3, column 9")), qPrintable(reading.error));
        QVERIFY2(reading.error.contains(QStringLiteral("colon")), qPrintable(reading.error));
    }

    void shouldSayInItsOwnWordsWhatIsNoReferral_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("null") << QByteArray("null") << "holds no referral";
        QTest::newRow("a number") << QByteArray("3") << "holds no referral";
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("value not a list") << QByteArray(R"({"value": 3})") << "\"value\" field must be a list";
        QTest::newRow("two documents") << QByteArray("{} {}") << "more follows";
    }

    void shouldSayInItsOwnWordsWhatIsNoReferral()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Reading reading = readText(json);
        QVERIFY(!reading.complete);
        QVERIFY2(reading.error.contains(mentions), qPrintable(reading.error));
    }
};

QTEST_GUILESS_MAIN(TestJsonRecordStream)
#include "tst_jsonrecordstream.moc"
