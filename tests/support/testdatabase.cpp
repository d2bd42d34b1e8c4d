#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>

namespace rd {

TestDatabase::TestDatabase(DeadlinePolicy policy, const Session &session)
    : m_location(QStringLiteral("referrals.sqlite"), TestLocation::Start::Schema)
{
    DatabaseError error;
    m_database = Database::open(m_location.spec(session), &error);
    if (!m_database)
        qFatal("cannot open the test database: %s", qPrintable(error.message));
    m_store = std::make_unique<ReferralStore>(*m_database, policy);
    m_outbox = std::make_unique<Outbox>(*m_database);
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::path() const
{
    return m_location.text();
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool TestDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (query.exec(sql))
        return true;
    qWarning("statement failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

bool TestDatabase::failWrites(const QString &table, const QString &event, const QString &message, const QString &condition)
{
    const QString name = QStringLiteral("fails_%1").arg(m_failures.size() + 1);
    m_failures.append(name + QLatin1Char(' ') + table);
    if (m_location.onServer()) {
        const QString row = event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
        return exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                   "IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN %4; END $$")
                        .arg(name, condition.isEmpty() ? QStringLiteral("true") : condition, message, row))
            && exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()").arg(name, event, table));
    }
    return exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 %4BEGIN SELECT RAISE(ABORT, '%5'); END")
                    .arg(name, event, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN %1 ").arg(condition), message));
}

bool TestDatabase::allowWrites()
{
    bool ok = true;
    for (const QString &failure : std::as_const(m_failures)) {
        const QString name = failure.section(QLatin1Char(' '), 0, 0);
        const QString table = failure.section(QLatin1Char(' '), 1);
        ok = (m_location.onServer() ? exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table))
                                    : exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
            && ok;
    }
    m_failures.clear();
    return ok;
}

QString TestDatabase::planOfPage(const ReferralQuery &query)
{
    if (!m_location.onServer())
        return m_store->explainPage(query);
    exec(QStringLiteral("SET enable_seqscan = off"));
    exec(QStringLiteral("SET enable_sort = off"));
    const QString plan = m_store->explainPage(query);
    exec(QStringLiteral("RESET enable_seqscan"));
    exec(QStringLiteral("RESET enable_sort"));
    return plan;
}

bool planWalksIndex(const QString &plan, const QString &indexPrefix)
{
    const QRegularExpression walk(QStringLiteral("(USING (COVERING )?INDEX|Index (Only )?Scan (Backward )?using|Bitmap Index Scan on) %1")
                                      .arg(QRegularExpression::escape(indexPrefix)));
    return plan.contains(walk);
}

bool planSortsRows(const QString &plan)
{
    static const QRegularExpression sort(QStringLiteral("TEMP B-TREE|(^|->)\\s*(Incremental )?Sort\\b"),
                                         QRegularExpression::MultilineOption);
    return plan.contains(sort);
}

bool planRangesOverTheKey(const QString &plan)
{
    // SQLite: "SEARCH referrals USING INDEX … (tab=? AND <expr>>?)"; PostgreSQL: an Index Cond
    // comparing more than the tab.
    static const QRegularExpression range(QStringLiteral("INDEX \\S+ \\(tab=\\? AND [^)\\n]*[<>]\\?|Index Cond: [^\\n]*AND [^\\n]*[<>]"));
    return plan.contains(range);
}

QDateTime utc(const char *iso)
{
    QDateTime instant = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(instant.isValid());
    return instant.toUTC();
}

Referral sampleReferral(const QString &id, const QDateTime &receivedAt, Status status)
{
    Referral referral;
    referral.id = id;
    referral.engagementId = QStringLiteral("engagement-") + id;
    referral.name = QStringLiteral("RFI ") + id;
    referral.status = status;
    referral.receivedAt = receivedAt;
    referral.customer.name = QStringLiteral("한빛 물산");
    referral.customer.address = Address{QStringLiteral("12 Teheran-ro"), QStringLiteral("8th floor"),
                                        QStringLiteral("Seoul"), QStringLiteral("Seoul"),
                                        QStringLiteral("06234"), QStringLiteral("KR"), QString()};
    referral.customer.size = QStringLiteral("51to500");
    referral.customer.contacts = {Contact{QStringLiteral("Minji"), QStringLiteral("Park"),
                                          QStringLiteral("minji.park@hanbit.example"),
                                          QStringLiteral("+82 2 555 0100"), QStringLiteral("ko-kr")}};
    referral.details.notes = QStringLiteral("고객이 Azure 이전을 원합니다");
    referral.details.requirements.products = {QStringLiteral("Azure")};
    referral.details.valueHint = Money{50000000, QStringLiteral("KRW")};
    return referral;
}

ActionRequest requestFor(Action action, const QString &reason, const std::optional<Money> &value, const QDate &closingDate)
{
    ActionRequest request;
    request.action = action;
    request.reason = reason;
    request.value = value;
    request.closingDate = closingDate;
    return request;
}

void storeReferral(ReferralStore &store, const Referral &referral, const QDateTime &now)
{
    const InsertResult result = store.insert({referral}, now, QStringLiteral("tester"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, QList<bool>{true});
}

} // namespace rd
