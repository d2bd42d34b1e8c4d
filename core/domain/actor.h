#pragma once

#include <QString>

namespace rd {

// Who changed a referral: a rep by their user name, or the system for what deadlines do by
// themselves.
namespace Actor {

// Stored as "system": existing databases and the command line's JSON depend on it.
inline const QString kSystem = QStringLiteral("system");

inline bool isSystem(const QString &actor)
{
    return actor == kSystem;
}

} // namespace Actor

} // namespace rd
