#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rd {

// One run of a program of ours as a user runs it: arguments, standard input, environment.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray out;
    QString err;

    QJsonObject object() const;
    QJsonArray array() const;
};

// Runs `program` in the C.UTF-8 locale with XDG_DATA_HOME at `dataHome`; `environment` adds
// NAME=value pairs. A null `input` leaves standard input open and unused.
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QString &dataHome, const QStringList &environment = {});

} // namespace rd
