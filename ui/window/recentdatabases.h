#pragma once

#include <QStringList>

namespace rd {

// The databases opened lately, most recent first, as File > Open recent lists them.
namespace RecentDatabases {

inline constexpr int kMaxCount = 8;

QStringList list();
void remember(const QString &path);

} // namespace RecentDatabases

} // namespace rd
