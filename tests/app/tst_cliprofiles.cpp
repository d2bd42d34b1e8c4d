#include "cliprocess.h"
#include "testlocation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rd;

namespace {

const QByteArray kSeoul = R"({"id": "seoul", "partner": "contoso", "region": "Korea",
    "contact": {"name": "김민지", "email": "minji@contoso.co.kr", "locale": "ko-KR"},
    "locations": [{"city": "서울", "country": "kr"}], "description": "클라우드 이전",
    "industries": ["FinancialServices"], "products": ["Azure"], "keywords": ["클라우드"],
    "excludedSizes": ["1to9"]})";

} // namespace

// partner add|list and profile set|list|show|export: their JSON, exit codes, and files left.
class TestCliProfiles : public QObject
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

    void addContoso()
    {
        const CliRun added = cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("contoso"), QStringLiteral("--name"),
                                  QStringLiteral("Contoso")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(QStringLiteral("created")).toBool(), true);
    }

private slots:
    void init()
    {
        m_location = std::make_unique<TestLocation>();
        m_db = m_location->text();
    }

    void shouldAddListAndRenamePartners()
    {
        addContoso();
        const CliRun renamed = cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("contoso"), QStringLiteral("--name"),
                                    QStringLiteral("Contoso Korea")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(renamed.object().value(QStringLiteral("created")).toBool(), false);
        const QJsonArray partners = cli({QStringLiteral("partner"), QStringLiteral("list")}).array();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Contoso Korea"));
    }

    void shouldStoreShowAndExportProfilesThatSetTakesBack()
    {
        addContoso();
        const CliRun set = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")}, "[" + kSeoul + "]");
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.object(), (QJsonObject{{QStringLiteral("created"), 1}, {QStringLiteral("replaced"), 0}}));

        const QJsonObject shown = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("seoul")}).object();
        QCOMPARE(shown.value(QStringLiteral("partner")).toString(), QStringLiteral("contoso"));
        QCOMPARE(shown.value(QStringLiteral("industries")).toArray().first().toString(), QStringLiteral("Financial Services"));
        QCOMPARE(shown.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("country")).toString(), QStringLiteral("KR"));
        QCOMPARE(shown.value(QStringLiteral("contact")).toObject().value(QStringLiteral("locale")).toString(), QStringLiteral("ko"));

        const CliRun exported = cli({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--partner"), QStringLiteral("contoso")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.array().size(), 1);
        QCOMPARE(exported.array().first().toObject(), shown);
        const CliRun again = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")}, exported.out);
        QCOMPARE(again.object(), (QJsonObject{{QStringLiteral("created"), 0}, {QStringLiteral("replaced"), 1}}));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("list")}).array().first().toObject(), shown);
        QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("other")}).array().isEmpty());
    }

    void shouldRefuseABadProfileAndStoreNothing()
    {
        addContoso();
        QByteArray bad = kSeoul;
        bad.replace("minji@contoso.co.kr", "minji at contoso");
        const CliRun refused = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")},
                                   "[" + kSeoul + ", " + bad.replace("\"seoul\"", "\"busan\"") + "]");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Profile 2")) && refused.err.contains(QStringLiteral("minji at contoso")), qPrintable(refused.err));
        QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("list")}).array().isEmpty()); // not even the good one

        QByteArray ghost = kSeoul;
        const CliRun unknownPartner = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")},
                                          ghost.replace("\"contoso\"", "\"ghost\""), QStringLiteral("ko"));
        QCOMPARE(unknownPartner.exitCode, 3);
        QVERIFY2(unknownPartner.err.contains(QStringLiteral("파트너")), qPrintable(unknownPartner.err));

        const CliRun notJson = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")}, "{\"id\": ");
        QCOMPARE(notJson.exitCode, 3);
        QVERIFY2(notJson.err.contains(QStringLiteral("not a JSON profile")), qPrintable(notJson.err));
        const CliRun wrongType = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("-")}, "[5]");
        QCOMPARE(wrongType.exitCode, 3);
    }

    void shouldSayWhenAProfileOrAPartnerNameIsMissing()
    {
        addContoso();
        const CliRun missing = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nowhere")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(QStringLiteral("\"nowhere\"")), qPrintable(missing.err));
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("fabrikam")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("fabrikam"), QStringLiteral("--name"), QStringLiteral(" ")}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("partner")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("rename")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("absent.json"))}).exitCode, 1);
    }

    void shouldLeaveNoDatabaseBehindWhenOnlyReading()
    {
        for (const QStringList &command : {QStringList{QStringLiteral("partner"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("profile"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("profile"), QStringLiteral("export")},
                                           QStringList{QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("x")}}) {
            // On a server the database is there, made by its administrator, but holds no schema yet.
            const CliRun refused = cli(command);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(m_location->shownAs()), qPrintable(refused.err));
            if (m_location->onServer())
                QVERIFY2(refused.err.contains(QStringLiteral("migrate")), qPrintable(refused.err));
            else
                QVERIFY2(!QFileInfo::exists(m_db), qPrintable(command.join(QLatin1Char(' '))));
        }
        // Nothing was set up by reading: a command that writes does it.
        QCOMPARE(cli({QStringLiteral("migrate")}).object().value(QStringLiteral("from")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
