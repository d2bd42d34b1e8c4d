#pragma once

#include "referral.h"

#include <QString>
#include <QStringList>

namespace rd {

// What search finds a referral by: its id, notes, requirements, city and, only where the status
// lets the partner see it, the customer's name.
QString searchBody(const Referral &referral);

// The words of a search, each to be found inside the body (so "고객" finds "고객이").
QStringList searchTerms(const QString &text);

// The shortest word the search index finds: SQLite's trigrams and PostgreSQL's pg_trgm both
// need three characters; a shorter word is looked for in the text itself.
inline constexpr int kShortestIndexedTerm = 3;

// No word of the search is in the index: whoever asks how many referrals match reads every
// search text of the tab (a page of matches is found as soon as the tab holds that many).
bool searchReadsEveryRow(const QString &text);

} // namespace rd
