#include "testlocation.h"

#include "database.h"
#include "postgresql/postgresqlconninfo.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace rd {

bool testsRunOnServer()
{
    return qEnvironmentVariable("RD_TEST_ENGINE") == QLatin1String("postgresql");
}

QString testServerUri()
{
    const QString uri = qEnvironmentVariable("RD_TEST_POSTGRESQL");
    if (uri.isEmpty())
        qFatal("RD_TEST_ENGINE=postgresql needs RD_TEST_POSTGRESQL, the URI of a test server's maintenance database "
               "(scripts/test starts one)");
    return uri;
}

QString testServerUri(const QString &databaseName)
{
    const PostgresqlConninfo server = PostgresqlConninfo::parse(testServerUri());
    QString uri = QStringLiteral("postgresql://%1@").arg(server.value("user"));
    const QString host = server.value("host");
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    if (!socketFolder)
        uri += host;
    uri += QLatin1Char('/') + databaseName;
    QStringList parameters;
    if (socketFolder)
        parameters.append(QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(host)));
    if (!server.value("port").isEmpty())
        parameters.append(QStringLiteral("port=") + server.value("port"));
    return parameters.isEmpty() ? uri : uri + QLatin1Char('?') + parameters.join(QLatin1Char('&'));
}

void runOnTestServer(const QString &sql)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-server-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setConnectOptions(PostgresqlConninfo::parse(testServerUri()).connectOptions());
        if (!admin.open())
            qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        if (!query.exec(sql))
            qFatal("the test server refused %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {

QString newServerDatabaseName()
{
    static QAtomicInt counter;
    return QStringLiteral("rd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// A database at the latest schema that this process copies, dropped when the process ends.
class SchemaTemplate
{
public:
    SchemaTemplate()
        : m_name(QStringLiteral("rd_schema_%1").arg(QCoreApplication::applicationPid()))
    {
        runOnTestServer(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        DatabaseError error;
        if (!Database::open(ConnectionSpec::postgresql(testServerUri(m_name)), &error))
            qFatal("cannot set up the schema on the test server: %s", qPrintable(error.message));
    }
    ~SchemaTemplate() { runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    QString name() const { return m_name; }

private:
    QString m_name;
};

TestLocation::TestLocation(const QString &fileName, Start start)
    : m_fileName(fileName)
{
    if (!m_dir.isValid())
        qFatal("cannot make a temporary folder");
    if (testsRunOnServer()) {
        m_serverDatabase = newServerDatabaseName();
        if (start == Start::Schema) {
            static SchemaTemplate schema;
            runOnTestServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(m_serverDatabase, schema.name()));
        } else {
            runOnTestServer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
        }
    }
}

TestLocation::~TestLocation()
{
    if (onServer())
        runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TestLocation::text() const
{
    return onServer() ? testServerUri(m_serverDatabase) : m_dir.filePath(m_fileName);
}

ConnectionSpec TestLocation::spec(const Session &session) const
{
    return ConnectionSpec::fromUserText(text(), session);
}

void TestLocation::reset()
{
    drop();
    if (onServer())
        runOnTestServer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
}

void TestLocation::drop()
{
    if (onServer()) {
        runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
        return;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(text() + QLatin1String(suffix));
}

} // namespace rd
