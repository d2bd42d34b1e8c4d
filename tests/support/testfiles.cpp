#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>

namespace rd {

QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace rd
