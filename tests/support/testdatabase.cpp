#include "testdatabase.h"

#include <QSqlError>
#include <QTest>

namespace rd {

TestDatabase::TestDatabase(DeadlinePolicy policy, const Session &session)
{
    DatabaseError error;
    m_database = Database::open(ConnectionSpec::sqliteFile(path(), session), &error);
    if (!m_database)
        qFatal("cannot open the test database: %s", qPrintable(error.message));
    m_store = std::make_unique<ReferralStore>(*m_database, policy);
    m_outbox = std::make_unique<Outbox>(*m_database);
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("referrals.sqlite"));
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
