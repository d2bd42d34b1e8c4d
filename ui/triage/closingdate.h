#pragma once

#include "referral.h"

#include <QDateTime>
#include <QTimeZone>

namespace rd {

// A negotiating deal whose estimated closing date is behind it: the estimate needs updating.
namespace ClosingDate {

// Before today in the user's zone; "today" itself has not passed yet.
bool hasPassed(const Referral &referral, const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "closing date passed", said beside the date in the list and the pane.
QString passedMark();

} // namespace ClosingDate

} // namespace rd
