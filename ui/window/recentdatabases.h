#pragma once

#include <QStringList>

namespace rd {

struct ConnectionSpec;

// The databases opened lately, most recent first, as File > Open recent lists them.
namespace RecentDatabases {

inline constexpr int kMaxCount = 8;

// Files that still exist and servers, as what File > Open recent opens (a path or an address).
QStringList list();
// The team server opened last, to suggest in File > Connect to team server…; empty if none.
QString lastServer();
void remember(const ConnectionSpec &spec);

} // namespace RecentDatabases

} // namespace rd
