#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace rd {

// Writes `content` to `name` in `dir` and returns the file's path; fails the test program when
// the file can't be written (a test that goes on without its input would prove nothing).
QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

} // namespace rd
