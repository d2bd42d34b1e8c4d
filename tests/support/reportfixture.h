#pragma once

#include "testdatabase.h"

#include <QTimeZone>

namespace rd {

// The fixed data set the report's numbers are computed from by hand: referrals of partner
// "p1" (and one of "p2") received around March 2026, answered, accepted, won, lost, skipped,
// declined, missed and expired at known moments. The period is March 2026 in Seoul's time zone
// (KST, UTC+9), and `reportNow()` is when everything below has happened.
//
//  id   received (UTC)     what happened                                           status now
//  r01  03-02 01:00        kim interested +2h, accepted EUR 1000.00 closing 04-15,  won 03-20 05:00, EUR 1200.00
//  r02  03-03 00:00        lee No thanks +30h, preset outside-region                skipped 03-04 06:00
//  r03  03-04 00:00        kim interested +10h, declined 03-05 "Too far away"       declined
//  r04  03-05 00:00        no answer                                                missed 03-08 00:00
//  r05  03-06 00:00        lee interested +1h, no answer after                      expired 03-13 01:00
//  r06  03-07 00:00        kim interested +4h, accepted KRW 5000000 closing 05-10   negotiating
//  r07  03-08 00:00        arrived already Negotiating, USD 300.00 closing 06-01    negotiating
//  r08  03-31 14:30        (23:30 KST) hint USD 50.00, not answered yet             new
//  r09  02-20 00:00        kim interested +20h, accepted EUR 500.00, lost 03-10     lost (price)
//  r11  03-31 15:30        (00:30 KST on April 1: outside March) hint EUR 99.00     new
//  r12  02-28 15:30        (00:30 KST on March 1: inside) kim No thanks +5h, preset outside-region in Korean words
//  r13  03-10 00:00        partner p2: park interested +1h                          expired 03-17 01:00
void buildReportFixture(TestDatabase &db);

QTimeZone reportZone();        // Asia/Seoul
QDateTime reportNow();         // 2026-04-02T00:00:00Z
inline const char *kReportFrom = "2026-03-01";
inline const char *kReportTo = "2026-03-31";

} // namespace rd
