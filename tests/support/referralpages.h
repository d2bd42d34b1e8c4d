#pragma once

#include "referralstore.h"

#include <QStringList>

namespace rd {

// The ids of `referrals`, in their order.
QStringList ids(const QList<Referral> &referrals);
QStringList ids(const Page &page);

// Walks `query` page by page, `pageSize` rows at a time, following each page's cursor, and
// returns every id in the order the pages gave them; *pages counts the pages read.
QStringList walk(const ReferralStore &store, ReferralQuery query, int pageSize, int *pages = nullptr);

} // namespace rd
