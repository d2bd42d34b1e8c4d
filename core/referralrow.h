#pragma once

#include "referral.h"

#include <QVariant>

class QSqlQuery;

// How a Referral maps to a row of the referrals table, and back.
namespace ReferralRow {

// The columns, in the order fromQuery() reads them.
QString columns();
Referral fromQuery(const QSqlQuery &query);
// The column names and the values that write `referral` (all columns but version).
QStringList writableColumns();
QVariantList values(const Referral &referral, const QDateTime &importedAt);

// "?, ?, ?" for binding `count` values.
QString placeholders(int count);

QVariant instant(const QDateTime &value);
QDateTime instantFrom(const QVariant &value);
QVariant date(const QDate &value);

} // namespace ReferralRow
