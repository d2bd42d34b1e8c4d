#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// The options before the command word: --db PATH, --now ISO-8601-UTC, --user NAME.
struct GlobalOptions
{
    QString databasePath;
    QDateTime now; // invalid: the real clock
    QString user;
    QString language; // "ko" or "en"; empty: the system's
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments; // the command word first, then its arguments
    QString error;                // a usage error, for people
};

GlobalOptions parseGlobalOptions(const QStringList &arguments);
QString usageText();

} // namespace rd
