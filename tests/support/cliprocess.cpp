#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>

namespace rd {

QJsonObject CliRun::object() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray CliRun::array() const
{
    return QJsonDocument::fromJson(out).array();
}

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QString &dataHome, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    variables.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    variables.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    for (const QString &assignment : environment)
        variables.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(variables);
    process.start(program, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliRun result;
    if (!process.waitForFinished(60000)) {
        qWarning("%s did not finish", qPrintable(program));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace rd
