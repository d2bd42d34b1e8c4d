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

// The same referrals with what happened to each before now, as history to store in place of a
// bare import row: the arrival (its actor left empty for whoever loads them), the first answer,
// Accept and the close by one of a few sample reps ("sample.kim"...), Missed and Expired by the
// system. The dashboard's response times and the Review window's rep filter then have the
// history a real team leaves.
struct SampleBatch
{
    QList<Referral> referrals;
    QList<QList<HistoryEntry>> stories; // one per referral, oldest first
};
SampleBatch sampleBatch(int count, const QDateTime &now, quint32 seed, int firstIndex = 0);

} // namespace rd
