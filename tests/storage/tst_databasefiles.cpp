#include "database.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rd;

namespace {

constexpr QFile::Permissions kGroupOrOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a SQLite file as another program would, outside Referral Desk.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements)
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepTheDatabaseAndItsFoldersPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folders/referrals.sqlite"));
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
        QVERIFY2(database, qPrintable(error.message));
        // The migrations wrote in WAL mode: the -wal and -shm exist while the database is open.
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & kGroupOrOthers, QFile::Permissions());
        }
        for (const QString &folder : {dir.filePath(QStringLiteral("new")), dir.filePath(QStringLiteral("new/folders"))})
            QCOMPARE(QFileInfo(folder).permissions() & kGroupOrOthers, QFile::Permissions());
    }

    void shouldNeitherCreateAFileNorItsFoldersWhenItMustExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/referrals.sqlite"));
        DatabaseError error;
        QVERIFY(!Database::open(ConnectionSpec::sqliteFile(path), &error, Database::OpenMode::MustExist));
        QCOMPARE(error.kind, DatabaseError::Kind::Missing);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    void shouldRefuseASpecThatNamesNoFile()
    {
        DatabaseError error;
        QVERIFY(!Database::open(ConnectionSpec::fromUserText(QString()), &error));
        QCOMPARE(error.kind, DatabaseError::Kind::CannotOpen);
        QVERIFY2(error.message.contains(QStringLiteral("No database file")), qPrintable(error.message));
    }

    void shouldOpenAnotherConnectionLikeThisOneAsTheSameSession()
    {
        QTemporaryDir dir;
        DatabaseError error;
        const ConnectionSpec spec = ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("r.sqlite")), Session{QStringLiteral("dana")});
        std::unique_ptr<Database> first = Database::open(spec, &error);
        QVERIFY2(first, qPrintable(error.message));
        std::unique_ptr<Database> second = Database::open(first->spec(), &error);
        QVERIFY2(second, qPrintable(error.message));
        QCOMPARE(second->spec(), first->spec());
        QCOMPARE(second->session().actor, QStringLiteral("dana"));
        QVERIFY(second->spec().sameDatabase(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("r.sqlite")))));
        QVERIFY(!second->spec().sameDatabase(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("other.sqlite")))));
        QCOMPARE(second->spec().shortName(), QStringLiteral("r.sqlite"));
        // A link to the file is the same database.
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(spec.location, link));
        QVERIFY(ConnectionSpec::sqliteFile(link).sameDatabase(spec));
        QCOMPARE(ConnectionSpec::sqliteFile(link).identity(), spec.identity());
    }

    void shouldLeaveAnotherProgramsDatabaseByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
        writeForeignDatabase(path, {QStringLiteral("CREATE TABLE people (name TEXT)"),
                                    QStringLiteral("INSERT INTO people VALUES ('Minji')")});
        const QByteArray before = digest(path);
        DatabaseError error;
        QVERIFY(!Database::open(ConnectionSpec::sqliteFile(path), &error));
        QCOMPARE(error.kind, DatabaseError::Kind::NotReferralDesk);
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void shouldLeaveANewerSchemaByteForByteWithoutSwitchingItToWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        writeForeignDatabase(path, {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)"),
                                    QStringLiteral("CREATE TABLE referrals (id TEXT PRIMARY KEY)"),
                                    QStringLiteral("INSERT INTO schema_migrations VALUES (%1)").arg(latestSchemaVersion() + 1)});
        const QByteArray before = digest(path);
        DatabaseError error;
        QVERIFY(!Database::open(ConnectionSpec::sqliteFile(path), &error));
        QCOMPARE(error.kind, DatabaseError::Kind::NewerSchema);
        QCOMPARE(digest(path), before); // the header's journal mode bytes included
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void shouldOpenANewDatabaseFromSeveralConnectionsAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        constexpr int kOpeners = 6;
        QList<QThread *> threads;
        QList<QString> errors(kOpeners);
        QList<int> versions(kOpeners);
        for (int i = 0; i < kOpeners; ++i) {
            threads.append(QThread::create([&, i]() {
                DatabaseError error;
                std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error);
                errors[i] = database ? QString() : error.message;
                versions[i] = database ? database->schemaVersion() : -1;
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        for (int i = 0; i < kOpeners; ++i) {
            QVERIFY2(errors.at(i).isEmpty(), qPrintable(errors.at(i)));
            QCOMPARE(versions.at(i), latestSchemaVersion());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
