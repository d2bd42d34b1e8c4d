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

// The group roles, their grants and the row-level security policies of team mode (see
// docs in README: Team mode).
QStringList postgresqlTeamSecurity();
// Schema 7: the same rules, each member's organisation looked up once per statement and a
// policy per group role, so that a rep's page reads only their organisation's rows.
QStringList postgresqlPoliciesPerRole();
// Schema 8: a rep may claim a referral for themselves and let go of their own claim; only a
// manager (or the administrator) claims for someone else or takes a claim from them.
QStringList postgresqlClaimGuard();
// Schema 9: a rep with regions listed in member_regions reads and changes only the referrals
// routed to those regions' business profiles (and those routed to none); managers, the
// programme side and reps without regions are not held to any.
QStringList postgresqlRegionsPerMember();
// Schema 10: Fit's summary is written by whoever triages and read by whoever sorts, each kept to
// their organisation's rows.
QStringList postgresqlFitSummarySecurity();

// The group roles a team member's login role belongs to, by what they do.
inline constexpr char kRepGroup[] = "referral_desk_rep";
inline constexpr char kManagerGroup[] = "referral_desk_manager";
inline constexpr char kProgrammeGroup[] = "referral_desk_programme";

// The channel the change notices are sent on: lower case, as LISTEN folds names.
inline constexpr char kChangeChannel[] = "referral_desk_changes";

} // namespace rd
