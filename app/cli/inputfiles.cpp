// Where import reads from: a file, or standard input for "-", with the program's own sentences.
#include "commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rd {

QString CommandLine::inputName(const QString &name)
{
    return name == QLatin1String("-") ? QCoreApplication::translate("CommandLine", "standard input") : name;
}

QString CommandLine::openInput(const QString &name, QFile &file)
{
    if (name == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return {};
        return QCoreApplication::translate("CommandLine", "Standard input can't be read.");
    }
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("CommandLine", "An empty file name was given; name a JSON file, or - for standard input.");
    const QFileInfo info(name);
    if (!info.exists())
        return QCoreApplication::translate("CommandLine", "There is no file %1.").arg(name);
    if (info.isDir())
        return QCoreApplication::translate("CommandLine", "%1 is a folder; name a JSON file in it.").arg(name);
    file.setFileName(name);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("CommandLine", "The file %1 can't be read: you may not have permission to read it.").arg(name);
    return {};
}

} // namespace rd
