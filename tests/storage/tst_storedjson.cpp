#include "storedjson.h"

#include <QTest>

using namespace rd;

// The contacts and requirements a row keeps as JSON: what is written reads back the same, and
// text that is not the expected shape reads as nothing rather than as a wrong value.
class TestStoredJson : public QObject
{
    Q_OBJECT

private slots:
    void contactsReadBackAsWritten()
    {
        const QList<Contact> contacts{
            Contact{QStringLiteral("지민"), QStringLiteral("김"), QStringLiteral("jimin@example.kr"),
                    QStringLiteral("+82 2 1234 5678"), QStringLiteral("ko-KR"), true},
            Contact{QStringLiteral("Zoë \"Z\" O'Neil"), QStringLiteral("Back\\slash\nnew line\ttab"),
                    QStringLiteral("zoe@example.com"), QString(), QStringLiteral("en-US"), false},
            Contact{QStringLiteral("Emoji 😀 and \u0001 control"), QString(), QString(), QString(), QString(), false},
        };
        const QString json = StoredJson::contactsToJson(contacts);
        QCOMPARE(StoredJson::contactsFromJson(json), contacts);
        QCOMPARE(StoredJson::contactsFromJson(StoredJson::contactsToJson({})), QList<Contact>());
    }

    void requirementsReadBackAsWritten()
    {
        const Requirements requirements{
            {QStringLiteral("Healthcare"), QStringLiteral("제조")},
            {QStringLiteral("Microsoft 365"), QString()},
            {},
            {QStringLiteral("Data & AI \"quoted\" \\ 😀")},
        };
        QCOMPARE(StoredJson::requirementsFromJson(StoredJson::requirementsToJson(requirements)), requirements);
        QCOMPARE(StoredJson::requirementsFromJson(StoredJson::requirementsToJson({})), Requirements());
    }

    void escapesAreDecoded()
    {
        QCOMPARE(StoredJson::contactsFromJson(QStringLiteral(R"([{"firstName":"Jos\u00e9","lastName":"\ud83d\ude00","email":"a\/b"}])")),
                 (QList<Contact>{Contact{QStringLiteral("José"), QStringLiteral("😀"), QStringLiteral("a/b"), {}, {}, false}}));
        QCOMPARE(StoredJson::requirementsFromJson(QStringLiteral(R"({"industries":["\uC81C\uC870"]})")).industries,
                 QStringList{QStringLiteral("제조")});
    }

    void unknownMembersAndNestedValuesAreSkipped()
    {
        const QString json = QStringLiteral(
            R"([{"title":"Dr","firstName":"Ana","extra":{"firstName":"Not her","email":"no"},"list":["x"],)"
            R"("disableNotifications":true,"email":"ana@example.com"}])");
        QCOMPARE(StoredJson::contactsFromJson(json),
                 (QList<Contact>{Contact{QStringLiteral("Ana"), {}, QStringLiteral("ana@example.com"), {}, {}, true}}));
        QCOMPARE(StoredJson::requirementsFromJson(QStringLiteral(R"({"other":["x"],"products":["A",{"name":"B"},["C"],7,null,"D"],"nested":{"industries":["no"]}})")),
                 (Requirements{{}, {QStringLiteral("A"), {}, {}, {}, {}, QStringLiteral("D")}, {}, {}}));
    }

    void wrongShapesReadAsNothing_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << QStringLiteral("Kim, Jimin");
        QTest::newRow("cut short") << QStringLiteral(R"([{"firstName":"Ana")");
        QTest::newRow("followed by more") << QStringLiteral(R"([{"firstName":"Ana"}] [])");
        QTest::newRow("a number") << QStringLiteral("42");
        QTest::newRow("a string") << QStringLiteral(R"("Ana")");
        QTest::newRow("contacts inside an object") << QStringLiteral(R"({"x":{"disableNotifications":true,"firstName":"Ana"}})");
        QTest::newRow("the other shape") << QStringLiteral(R"({"firstName":"Ana","industries":["A"]})");
    }

    void wrongShapesReadAsNothing()
    {
        QFETCH(QString, json);
        QCOMPARE(StoredJson::contactsFromJson(json), QList<Contact>());
        if (!json.startsWith(u'{'))
            QCOMPARE(StoredJson::requirementsFromJson(json), Requirements());
    }

    void requirementsOfOtherShapesReadAsNothing()
    {
        QCOMPARE(StoredJson::requirementsFromJson(QStringLiteral(R"([{"industries":["A"]}])")), Requirements());
        QCOMPARE(StoredJson::requirementsFromJson(QStringLiteral(R"({"industries":"A","products":{"0":"B"}})")), Requirements());
        QCOMPARE(StoredJson::requirementsFromJson(QStringLiteral(R"({"industries":["A"])")), Requirements());
    }

    void aListOfWhatAreNotContactsGivesEmptyContacts()
    {
        // One entry per array item, as before: a damaged row shows blank contacts, never a shift.
        QCOMPARE(StoredJson::contactsFromJson(QStringLiteral(R"(["Ana", [], {"firstName":"Bo"}])")).size(), 3);
        QCOMPARE(StoredJson::contactsFromJson(QStringLiteral(R"(["Ana", [], {"firstName":"Bo"}])")).last().firstName,
                 QStringLiteral("Bo"));
    }
};

QTEST_GUILESS_MAIN(TestStoredJson)
#include "tst_storedjson.moc"
