#pragma once

#include "referral.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd {

// Referrals as the command line prints them: camelCase keys, lower-case status names, UTC
// ISO 8601 instants, money as decimal strings. Hidden fields are left out, not blanked.
QJsonObject referralToJson(const Referral &referral);
QJsonArray historyToJson(const QList<HistoryEntry> &history);
QJsonObject moneyToJson(const Money &money);

} // namespace rd
