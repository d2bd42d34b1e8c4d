#pragma once

#include <QString>
#include <QStringList>

namespace rd {

// Lists typed into one line, as the programme's fields take them.
namespace ListText {

// Names separated by commas ("Data migration, 클라우드 이전"); a Korean keyboard may give the
// full-width comma. Blank items are dropped, the rest trimmed.
QStringList splitNames(const QString &text);
QString joinNames(const QStringList &items);
// Free words separated by spaces, commas or semicolons, as the command line's --keywords.
QStringList splitWords(const QString &text);

} // namespace ListText

} // namespace rd
