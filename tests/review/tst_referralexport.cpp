#include "csvwriter.h"
#include "exportcolumns.h"
#include "referralexport.h"
#include "referralpages.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString kTricky = QStringLiteral("Cloud, \"migration\"\nphase 2");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) == QFileDevice::Permissions() && (QFile::permissions(path) & QFileDevice::ReadOwner);
}

ReferralQuery everything()
{
    ReferralQuery query;
    query.sort = SortKey::ReceivedAt;
    return query;
}

} // namespace

// Exports of referrals as a reader takes them back: the CSV through parseCsv, the workbook
// through openpyxl; and what a failed or stopped export leaves (nothing, an earlier file as it was).
class TestReferralExport : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;
    QTemporaryDir m_dir;

    int column(const QString &name) const { return int(exportHeader().indexOf(name)); }

    QJsonObject readWorkbook(const QString &path)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SUPPORT_DIR "/read_xlsx.py"), path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning("openpyxl failed: %s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        buildReportFixture(m_db);
        // A Korean customer and a title with a comma, quotes and a line break, declined.
        Referral tricky = sampleReferral(QStringLiteral("k01"), utc("2026-03-20T00:00:00Z"));
        tricky.name = kTricky;
        tricky.customer.name = QStringLiteral("한빛 물산 (주)");
        storeReferral(m_db.store(), tricky, tricky.receivedAt);
        QCOMPARE(m_db.store().apply(tricky.id, requestFor(Action::Interested, {}), tricky.receivedAt.addSecs(60), QStringLiteral("kim")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(m_db.store().apply(tricky.id, requestFor(Action::Decline, QStringLiteral("Price, \"too high\"")), tricky.receivedAt.addSecs(120),
                                    QStringLiteral("kim")).result,
                 ActionOutcome::Result::Applied);
    }

    void csvRoundTripsEveryRowInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QList<int> told;
        const ExportResult result = exportReferrals(m_db.store(), everything(), ExportFormat::Csv, path, [&told](int rows) {
            told.append(rows);
            return true;
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList expected = walk(m_db.store(), everything(), 200);
        QCOMPARE(result.rows, int(expected.size()));
        QCOMPARE(told.constLast(), result.rows);
        QVERIFY(ownerOnly(path));

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheet programs read Korean as Korean
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.at(0), exportHeader());
        QStringList ids;
        for (int i = 1; i < records.size(); ++i)
            ids.append(records.at(i).at(column(QStringLiteral("id"))));
        QCOMPARE(ids, expected);

        // Each row is what the store gives, cell for cell.
        for (int i = 1; i < records.size(); ++i) {
            const std::optional<Referral> stored = m_db.store().find(ids.at(i - 1));
            QVERIFY(stored);
            QStringList cells;
            for (const ExportCell &cell : exportCells(*stored))
                cells.append(cell.text);
            QCOMPARE(records.at(i), cells);
        }
        const QStringList k01 = records.at(int(ids.indexOf(QStringLiteral("k01"))) + 1);
        QCOMPARE(k01.at(column(QStringLiteral("name"))), kTricky);
        QCOMPARE(k01.at(column(QStringLiteral("customerName"))), QStringLiteral("한빛 물산 (주)"));
        QCOMPARE(k01.at(column(QStringLiteral("reason"))), QStringLiteral("Price, \"too high\""));
        // Declined: the customer shows, its contacts do not.
        QCOMPARE(k01.at(column(QStringLiteral("contacts"))), QString());
        // Skipped: the customer was never shared, and the export does not share it either.
        const QStringList r02 = records.at(int(ids.indexOf(QStringLiteral("r02"))) + 1);
        QCOMPARE(r02.at(column(QStringLiteral("customerName"))), QString());
        QCOMPARE(r02.at(column(QStringLiteral("contacts"))), QString());
        const QStringList r01 = records.at(int(ids.indexOf(QStringLiteral("r01"))) + 1);
        QVERIFY(r01.at(column(QStringLiteral("contacts"))).contains(QStringLiteral("minji.park@hanbit.example"))); // won: shared
    }

    void workbookHasRealNumbersAndDates()
    {
        ReferralQuery archived = everything();
        archived.tab = Tab::Archived;
        const QString path = m_dir.filePath(QStringLiteral("archived.xlsx"));
        const ExportResult result = exportReferrals(m_db.store(), archived, ExportFormat::Xlsx, path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(ownerOnly(path));
        const QJsonObject workbook = readWorkbook(path);
        const QJsonArray rows = workbook.value(QStringLiteral("rows")).toArray();
        const QStringList expected = walk(m_db.store(), archived, 200);
        QCOMPARE(rows.size(), expected.size() + 1);
        QStringList header;
        for (const QJsonValue &cell : rows.at(0).toArray())
            header.append(cell.toObject().value(QStringLiteral("v")).toString());
        QCOMPARE(header, exportHeader());

        QStringList ids;
        for (int i = 1; i < rows.size(); ++i)
            ids.append(rows.at(i).toArray().at(column(QStringLiteral("id"))).toObject().value(QStringLiteral("v")).toString());
        QCOMPARE(ids, expected);

        auto cellOf = [&](const QString &id, const QString &name) {
            return rows.at(int(ids.indexOf(id)) + 1).toArray().at(column(name)).toObject();
        };
        // r01: won EUR 1200.00 on an estimate of EUR 1000.00 closing April 15, received 01:00 UTC (10:00 in Seoul).
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("finalValue")).value(QStringLiteral("t")).toString(), QStringLiteral("num"));
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("finalValue")).value(QStringLiteral("v")).toDouble(), 1200.0);
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("estimatedValue")).value(QStringLiteral("v")).toDouble(), 1000.0);
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("finalCurrency")).value(QStringLiteral("v")).toString(), QStringLiteral("EUR"));
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("receivedAt")).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("receivedAt")).value(QStringLiteral("v")).toString(), QStringLiteral("2026-03-02T10:00:00"));
        QCOMPARE(cellOf(QStringLiteral("r01"), QStringLiteral("closingDate")).value(QStringLiteral("v")).toString(), QStringLiteral("2026-04-15T00:00:00"));
        QCOMPARE(cellOf(QStringLiteral("k01"), QStringLiteral("name")).value(QStringLiteral("v")).toString(), kTricky);
        QCOMPARE(cellOf(QStringLiteral("k01"), QStringLiteral("customerName")).value(QStringLiteral("v")).toString(), QStringLiteral("한빛 물산 (주)"));
        QCOMPARE(cellOf(QStringLiteral("r02"), QStringLiteral("customerName")).value(QStringLiteral("t")).toString(), QStringLiteral("none"));
        // Every money cell is a number; every instant a date-time.
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonObject closed = rows.at(i).toArray().at(column(QStringLiteral("closedAt"))).toObject();
            QCOMPARE(closed.value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
        }
    }

    void missingFolderWritesNothing()
    {
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            const QString path = m_dir.filePath(QStringLiteral("missing/out.file"));
            const ExportResult result = exportReferrals(m_db.store(), everything(), format, path);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("does not exist")), qPrintable(result.error));
            QVERIFY(!QFile::exists(path));
        }
    }

    void stoppedExportLeavesNoFileAndAnEarlierOneUntouched()
    {
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            QTemporaryDir folder;
            const QString fresh = folder.filePath(QStringLiteral("fresh.out"));
            ExportResult result = exportReferrals(m_db.store(), everything(), format, fresh, [](int) { return false; });
            QVERIFY(!result.ok());
            QCOMPARE(result.rows, 0);
            QVERIFY(!QFile::exists(fresh));

            const QString earlier = folder.filePath(QStringLiteral("earlier.out"));
            {
                QFile file(earlier);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("what was there before");
            }
            result = exportReferrals(m_db.store(), everything(), format, earlier, [](int) { return false; });
            QVERIFY(!result.ok());
            QCOMPARE(readAll(earlier), QByteArray("what was there before"));
            // No half-written file is left behind beside it.
            QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("earlier.out")});
        }
    }

    void aFolderIsNotAFile()
    {
        const ExportResult result = exportReferrals(m_db.store(), everything(), ExportFormat::Csv, m_dir.path());
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReferralExport)
#include "tst_referralexport.moc"
