#pragma once

#include "referralstore.h"

#include <QStringList>
#include <QVariantList>

namespace rd {

class SqlDialect;

// The WHERE conditions of a query's filters (tab, statuses, closing range, deadline, country,
// profile, rep, reason, search),
// joined by AND, with their values appended to *bindings; the pages and the counts both use
// them, so a count always counts what the pages show. Empty when nothing narrows the query.
QString filterCondition(const SqlDialect &dialect, const ReferralQuery &query, QVariantList *bindings);

// The condition of the partial indexes that sort the tabs still waiting for an answer (New
// and Evaluating) by the columns they alone show (schema 11). A database uses a partial index
// only when the query repeats its condition, so filterCondition() adds it to those tabs' reads.
QString unansweredTabsCondition();

} // namespace rd
