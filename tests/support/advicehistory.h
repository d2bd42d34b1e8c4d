#pragma once

#include <QDateTime>
#include <QStringList>

namespace rd {

class TestDatabase;

// The partner "own" with two profiles in Seoul, "kr" and "kr2" (regions "Korea kr", "Korea
// kr2"), each listing Healthcare and Education, and Azure.
void storeAdviceProfiles(TestDatabase &db);

// A referral of `profile` (asking for Teams and `industries`) declined or skipped, by turns,
// `daysAgo` days before `now` with `reason`: a preset's code, or typed words.
void storeTurnedDown(TestDatabase &db, const QDateTime &now, const QString &profile, const QString &size, int daysAgo,
                     const QString &reason, const QStringList &industries = {QStringLiteral("Retail")}, bool sample = false);

// Of profile kr's 1-9 employee referrals, the last ten: 8 "customer-too-small", 2 typed "Too
// small"; three older ones "no-capacity". Five 51-500 ones "no-capacity". Ten samples and ten
// of kr2 say "customer-too-small" for 10-50 employees.
void storeAdviceHistory(TestDatabase &db, const QDateTime &now);

} // namespace rd
