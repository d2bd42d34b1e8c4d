#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

// Reads an ISO 8601 instant such as 2024-05-01T09:30:00Z, 2024-05-01T09:30:00.8245516Z or
// 2024-05-01T18:30:00+09:00 and returns it in UTC. Partner Center sends up to 7 digits of a
// second (more than QDateTime reads) and sometimes no zone at all, which means UTC.
// Years outside kEarliestYear..kLatestYear are refused.
inline constexpr int kEarliestYear = 1900;
inline constexpr int kLatestYear = 9998;
std::optional<QDateTime> parseIsoInstant(const QString &text);

// Writes an instant as UTC ISO 8601 with milliseconds ("2024-05-01T09:30:00.000Z").
QString formatIsoInstant(const QDateTime &instant);

} // namespace rd
