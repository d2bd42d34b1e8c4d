#pragma once

#include <QStringList>

namespace rd {

// What the portable migrations' placeholders stand for on PostgreSQL (see migrations.cpp).

// The search table, pg_trgm's index over it, and the JSON helpers the queries use: a damaged
// JSON text reads as NULL instead of failing the whole query, as SQLite's json_valid() allows.
QStringList postgresqlSearchIndex();
// Schema 4's one customer notice per contact with an e-mail address.
QString postgresqlExpandLegacyNotices();
// Triggers that tell every listening connection, once a change commits, which table changed.
QStringList postgresqlChangeNotices();

// The channel the change notices are sent on: lower case, as LISTEN folds names.
inline constexpr char kChangeChannel[] = "referral_desk_changes";

} // namespace rd
