#include "comparison.h"

#include "database.h"
#include "rawsqlite.h"
#include "statementrecorder.h"

#include <QFile>

namespace rd::bench {

std::unique_ptr<Database> openDatabase(const QString &path)
{
    DatabaseError error;
    std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path), &error, OpenMode::MustExist);
    if (!database)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.message));
    return database;
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)) && !QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)))
            qFatal("cannot copy %s", qPrintable(from));
    }
}

void replay(RawSqlite &raw, const QStringList &statements)
{
    for (const QString &sql : statements)
        RawStatement(raw.handle(), sql).readAll();
}

Measured compare(const Setup &setup, Database &database, RawSqlite &raw, const QString &name, const QString &group,
                 const std::function<int()> &read)
{
    Measured measured{name, group, {}, {}, 0, {}};
    QStringList statements;
    {
        StatementRecorder recorder(sqliteHandle(database));
        measured.rows = read();
        statements = recorder.statements();
    }
    if (qEnvironmentVariableIsSet("RD_BENCH_SHOW_SQL"))
        qInfo().noquote() << "--" << name << "\n" << statements.join(QStringLiteral(";\n")) + QLatin1Char(';');
    const auto [ours, rawTiming] = sideBySide(setup.runs, [&] { read(); }, [&] { replay(raw, statements); });
    measured.ours = ours;
    measured.raw = rawTiming;
    return measured;
}

} // namespace rd::bench
