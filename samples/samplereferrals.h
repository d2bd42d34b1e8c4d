#pragma once

#include "referral.h"

#include <QDateTime>
#include <QList>

namespace rd {

// Realistic referrals for demonstrations and load tests: Korean customers (Korean names,
// notes and reasons, KR addresses, +82 phones, KRW) and English-speaking ones (US, GB, AU,
// CA, SG), in every status, with times that fit the deadlines at `now`: open referrals are
// inside their windows, archived ones closed over the previous eighteen months.
//
// Referral number firstIndex + i (id "demo-000123") depends only on the seed, its number and
// `now`, so batches of any size add up to the same referrals as one large call. Deadlines and
// response targets are left empty: ReferralStore::insert() computes them.
QList<Referral> sampleReferrals(int count, const QDateTime &now, quint32 seed, int firstIndex = 0);

} // namespace rd
