#include "cliprocess.h"
#include "testlocation.h"
#include "smtptestserver.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rd;

namespace {

const QString kT0 = QStringLiteral("2026-07-01T09:00:00Z");

QByteArray profileJson(const QString &id, const QString &partner, const QString &email, const QString &extra = {})
{
    return QStringLiteral(R"({"id": "%1", "partner": "%2", "region": "%1", "contact": {"name": "Contact %1", "email": "%3", "locale": "en"},
        "locations": [{"city": "Seoul", "country": "KR"}], "products": ["Azure"]%4})")
        .arg(id, partner, email, extra)
        .toUtf8();
}

QByteArray rfiJson(const QStringList &profiles, const QString &customer = QStringLiteral(R"("name": "한빛 물산",)"))
{
    QStringList quoted;
    for (const QString &profile : profiles)
        quoted.append(QLatin1Char('"') + profile + QLatin1Char('"'));
    return QStringLiteral(R"({"customerProfile": {%1 "address": {"country": "KR"}, "size": "51to500",
        "team": [{"firstName": "민수", "email": "minsu@hanbit.example", "contactPreference": {"locale": "ko-kr"}}]},
        "consent": {"consentToContact": true}, "details": {"notes": "Azure 이전", "requirements": {"products": [{"id": "Azure"}]}},
        "profiles": [%2]})")
        .arg(customer, quoted.join(QStringLiteral(", ")))
        .toUtf8();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

// find-partner, rfi submit, mail set and outbox list|send: their JSON, exit codes, and effects.
class TestCliProgramme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestLocation> m_location;
    QString m_db;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {}, const QString &lang = QStringLiteral("en"))
    {
        return runProgram(QStringLiteral(CLI_PATH), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), lang} + arguments,
                          input, m_dir.filePath(QStringLiteral("xdg")));
    }

    CliRun at(const QString &now, const QStringList &arguments, const QByteArray &input = {})
    {
        return cli(QStringList{QStringLiteral("--now"), now} + arguments, input);
    }

    // Contoso with three profiles in Korea (one paused, one that does not serve 51to500), Fabrikam with one.
    void addDirectory()
    {
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("contoso"), QStringLiteral("--name"), QStringLiteral("Contoso")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("fabrikam"), QStringLiteral("--name"), QStringLiteral("Fabrikam")}).exitCode, 0);
        const QByteArray profiles = "[" + profileJson(QStringLiteral("seoul"), QStringLiteral("contoso"), QStringLiteral("seoul@contoso.example"), QStringLiteral(R"(, "keywords": ["클라우드"])")) + ","
            + profileJson(QStringLiteral("paused"), QStringLiteral("contoso"), QStringLiteral("paused@contoso.example"), QStringLiteral(R"(, "active": false)")) + ","
            + profileJson(QStringLiteral("big-only"), QStringLiteral("contoso"), QStringLiteral("big@contoso.example"), QStringLiteral(R"(, "excludedSizes": ["51to500"])")) + ","
            + profileJson(QStringLiteral("fabrikam-kr"), QStringLiteral("fabrikam"), QStringLiteral("kr@fabrikam.example"), QStringLiteral(R"(, "products": ["Microsoft365"])")) + "]";
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")}, profiles).exitCode, 0);
    }

private slots:
    void init()
    {
        m_location = std::make_unique<TestLocation>();
        m_db = m_location->text();
    }

    void shouldFindPartnersBestFirstWithTheirParts()
    {
        addDirectory();
        const CliRun found = at(kT0, {QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("kr"), QStringLiteral("--size"),
                                      QStringLiteral("51to500"), QStringLiteral("--product"), QStringLiteral("Azure"), QStringLiteral("--keywords"),
                                      QStringLiteral("클라우드")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray results = found.array();
        QCOMPARE(results.size(), 2); // not the paused one, not the one that does not serve the size
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("seoul"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("fabrikam-kr"));
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QCOMPARE(keysOf(result), (QStringList{"choosiness", "explanation", "fit", "partner", "profile", "responsiveness", "score"}));
            for (const char *part : {"score", "fit", "responsiveness", "choosiness"}) {
                const double number = result.value(QLatin1String(part)).toDouble(-1);
                QVERIFY(number >= 0 && number <= 1);
            }
            QVERIFY(!result.value(QStringLiteral("explanation")).toString().isEmpty());
        }
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("fit")).toDouble(), 1.0);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("partner")).toString(), QStringLiteral("contoso"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("fit")).toDouble(), 0.0);
        // No history: neutral, not the best nor the worst.
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("responsiveness")).toDouble(), 0.5);

        const CliRun one = at(kT0, {QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(one.array().size(), 1);
        const CliRun korean = cli({QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("KR")}, {}, QStringLiteral("ko"));
        static const QRegularExpression hangul(QStringLiteral("[가-힣]"));
        QVERIFY(hangul.match(korean.array().first().toObject().value(QStringLiteral("explanation")).toString()).hasMatch());
        QCOMPARE(at(kT0, {QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("JP")}).array().size(), 0);
    }

    void shouldRefuseABadSearchAsAUsageError()
    {
        addDirectory();
        QCOMPARE(cli({QStringLiteral("find-partner")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("Korea")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--size"), QStringLiteral("huge")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("find-partner"), QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
    }

    void shouldSubmitOneRfiToThreeProfilesAndAlertEachContact()
    {
        addDirectory();
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")},
                     profileJson(QStringLiteral("busan"), QStringLiteral("contoso"), QStringLiteral("busan@contoso.example"))).exitCode, 0);
        const CliRun submitted = at(kT0, {QStringLiteral("rfi"), QStringLiteral("submit"), QStringLiteral("-")},
                                    rfiJson({QStringLiteral("seoul"), QStringLiteral("fabrikam-kr"), QStringLiteral("busan")}));
        QCOMPARE(submitted.exitCode, 0);
        const QJsonObject result = submitted.object();
        QCOMPARE(keysOf(result), (QStringList{"engagementId", "referrals"}));
        const QString engagement = result.value(QStringLiteral("engagementId")).toString();
        QVERIFY(!engagement.isEmpty());
        const QJsonArray referrals = result.value(QStringLiteral("referrals")).toArray();
        QCOMPARE(referrals.size(), 3);
        QStringList routed;
        for (const QJsonValue &value : referrals) {
            const QJsonObject referral = value.toObject();
            QCOMPARE(keysOf(referral), (QStringList{"id", "partner", "profile"}));
            routed.append(referral.value(QStringLiteral("partner")).toString() + QLatin1Char('/') + referral.value(QStringLiteral("profile")).toString());
            const QJsonObject shown = cli({QStringLiteral("show"), referral.value(QStringLiteral("id")).toString()}).object();
            QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
            QCOMPARE(shown.value(QStringLiteral("engagementId")).toString(), engagement);
        }
        QCOMPARE(routed, (QStringList{"contoso/seoul", "fabrikam/fabrikam-kr", "contoso/busan"}));

        const QJsonArray outbox = cli({QStringLiteral("outbox"), QStringLiteral("list")}).array();
        QCOMPARE(outbox.size(), 3);
        QStringList alerted;
        for (const QJsonValue &value : outbox) {
            const QJsonObject message = value.toObject();
            QCOMPARE(keysOf(message), (QStringList{"attempts", "error", "id", "kind", "notBefore", "referral", "sentAt", "status", "to"}));
            QCOMPARE(message.value(QStringLiteral("kind")).toString(), QStringLiteral("new-referral"));
            QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QCOMPARE(message.value(QStringLiteral("attempts")).toInt(-1), 0);
            QVERIFY(message.value(QStringLiteral("error")).isNull());
            QVERIFY(message.value(QStringLiteral("sentAt")).isNull());
            QCOMPARE(message.value(QStringLiteral("notBefore")).toString(), QStringLiteral("2026-07-01T09:00:00.000Z"));
            alerted.append(message.value(QStringLiteral("to")).toString());
        }
        QCOMPARE(alerted, (QStringList{"seoul@contoso.example", "kr@fabrikam.example", "busan@contoso.example"}));
    }

    void shouldRefuseABadRfiAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("rfi");
        QTest::newRow("no profile") << rfiJson({});
        QTest::newRow("six profiles") << rfiJson({"seoul", "fabrikam-kr", "big-only", "a", "b", "c"});
        QTest::newRow("unknown profile") << rfiJson({"seoul", "nowhere"});
        QTest::newRow("paused profile") << rfiJson({"seoul", "paused"});
        QTest::newRow("twice the same") << rfiJson({"seoul", "seoul"});
        QTest::newRow("no customer name") << rfiJson({"seoul"}, QString());
        QTest::newRow("not JSON") << QByteArray("{customerProfile");
        QTest::newRow("profiles not a list") << QByteArray(R"({"customerProfile": {"name": "X", "address": {"country": "KR"}, "team": [{"email": "a@b.example"}]}, "profiles": "seoul"})");
        QTest::newRow("no contact address") << QByteArray(R"({"customerProfile": {"name": "X", "address": {"country": "KR"}, "team": [{"firstName": "A"}]}, "profiles": ["seoul"]})");
    }

    void shouldRefuseABadRfiAndStoreNothing()
    {
        QFETCH(QByteArray, rfi);
        addDirectory();
        const CliRun refused = at(kT0, {QStringLiteral("rfi"), QStringLiteral("submit"), QStringLiteral("-")}, rfi);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!refused.err.trimmed().isEmpty());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("list")}).array().size(), 0);
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("list")}).array().size(), 0);
    }

    void shouldSetMailAndRefuseABadServerOrSender()
    {
        QCOMPARE(cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("http://mail.example.com"),
                      QStringLiteral("--from"), QStringLiteral("desk@contoso.example")}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("smtp://mail.example.com:587"),
                      QStringLiteral("--from"), QStringLiteral("not an address")}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("smtp://mail.example.com")}).exitCode, 2);
        const CliRun set = cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("smtps://mail.example.com:465"),
                                QStringLiteral("--from"), QStringLiteral("desk@contoso.example"), QStringLiteral("--user"), QStringLiteral("desk")});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.object().value(QStringLiteral("server")).toString(), QStringLiteral("smtps://mail.example.com:465"));
        QCOMPARE(set.object().value(QStringLiteral("user")).toString(), QStringLiteral("desk"));
    }

    void shouldSendWhatIsDueOnceAndWaitWhileTheServerIsDown()
    {
        addDirectory();
        QCOMPARE(at(kT0, {QStringLiteral("outbox"), QStringLiteral("send")}).exitCode, 1); // no mail server set
        QCOMPARE(at(kT0, {QStringLiteral("rfi"), QStringLiteral("submit"), QStringLiteral("-")}, rfiJson({QStringLiteral("seoul"), QStringLiteral("fabrikam-kr")})).exitCode, 0);
        int port = 0;
        {
            SmtpTestServer probe;
            QVERIFY(probe.start());
            port = probe.port();
        }
        QCOMPARE(cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("smtp://127.0.0.1:%1").arg(port),
                      QStringLiteral("--from"), QStringLiteral("desk@contoso.example")}).exitCode, 0);
        const CliRun down = at(kT0, {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(down.exitCode, 0);
        QCOMPARE(down.object(), (QJsonObject{{"sent", 0}, {"failed", 0}, {"retrying", 2}}));
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending")}).array().size(), 2);

        SmtpTestServer server;
        QVERIFY(server.start(port));
        const CliRun up = at(QStringLiteral("2026-07-01T10:00:00Z"), {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(up.object(), (QJsonObject{{"sent", 2}, {"failed", 0}, {"retrying", 0}}));
        QCOMPARE(server.messages().size(), 2);
        const QJsonArray sent = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sent")}).array();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.first().toObject().value(QStringLiteral("sentAt")).toString(), QStringLiteral("2026-07-01T10:00:00.000Z"));
        QCOMPARE(sent.first().toObject().value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(at(QStringLiteral("2026-07-01T11:00:00Z"), {QStringLiteral("outbox"), QStringLiteral("send")}).object().value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(server.messages().size(), 2);
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("later")}).exitCode, 2);
    }

    void shouldHoldACustomerNoticeUntilTheUndoGraceIsOver()
    {
        addDirectory();
        const CliRun submitted = at(kT0, {QStringLiteral("rfi"), QStringLiteral("submit"), QStringLiteral("-")}, rfiJson({QStringLiteral("seoul")}));
        const QString id = submitted.object().value(QStringLiteral("referrals")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        SmtpTestServer server;
        QVERIFY(server.start());
        QCOMPARE(cli({QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--server"), server.url(), QStringLiteral("--from"),
                      QStringLiteral("desk@contoso.example")}).exitCode, 0);
        QCOMPARE(at(QStringLiteral("2026-07-01T09:10:00Z"), {QStringLiteral("skip"), id}).exitCode, 0);
        const CliRun early = at(QStringLiteral("2026-07-01T09:10:01Z"), {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(early.object().value(QStringLiteral("sent")).toInt(), 1); // the alert; the notice waits out the grace
        const CliRun later = at(QStringLiteral("2026-07-01T09:11:00Z"), {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(later.object().value(QStringLiteral("sent")).toInt(), 1);
        const QJsonArray messages = server.messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().toObject().value(QStringLiteral("envelopeTo")).toArray().first().toString(), QStringLiteral("minsu@hanbit.example"));
        const QJsonArray notices = cli({QStringLiteral("outbox"), QStringLiteral("list")}).array();
        QCOMPARE(notices.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("customer-notice"));
        QCOMPARE(notices.last().toObject().value(QStringLiteral("referral")).toString(), id);
    }
};

QTEST_GUILESS_MAIN(TestCliProgramme)
#include "tst_cliprogramme.moc"
