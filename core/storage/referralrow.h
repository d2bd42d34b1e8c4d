#pragma once

#include "referral.h"

#include <QVariant>

class QSqlQuery;

namespace rd {

class RowValues;

// How a Referral maps to a row of the referrals table, and back.
namespace ReferralRow {

// What a statement reads of each row: all of it, or what a list of referrals shows, which
// leaves the customer's contacts out (the costliest column to read, and shown only in the
// detail of one referral, read by its id).
enum class Parts { Whole, Listed };

// The columns, in the order fromQuery() reads them; Listed reads NULL for the contacts, so that
// fromQuery() reads either and the row has no contacts.
QString columns(Parts parts = Parts::Whole);
Referral fromQuery(const QSqlQuery &query);
// The same from any row of those columns (rowvalues.h).
Referral fromRow(const RowValues &row);
// Why a stored row can't be worked with (an unknown status, an id that is not text); empty
// when it is sound. `query` is positioned on a row selected with columns().
QString problemIn(const QSqlQuery &query);

// What a decision changes (status, times, estimate, final value, reason), to be put back
// exactly by an undo.
QString mutableStateToJson(const Referral &referral);
bool restoreMutableState(Referral &referral, const QString &state);

// The statement that stores a new referral (all writable columns, an id already stored left
// as it is), and its values.
QString insertStatement();
// The statement that appends a history row, and its values; `beforeState` is what an undo
// puts back (mutableStateToJson), empty for none.
QString historyInsertStatement();
QVariantList historyValues(const QString &referralId, const HistoryEntry &entry, const QString &beforeState = {});

// The column names and the values that write `referral` (all columns but version).
QStringList writableColumns();
QVariantList values(const Referral &referral, const QDateTime &importedAt);

// The event column of referral_history: "status", "estimate", "claim".
QString eventName(HistoryEvent event);
HistoryEvent eventFromName(const QString &name);

// "?, ?, ?" for binding `count` values.
QString placeholders(int count);

QVariant instant(const QDateTime &value);
QDateTime instantFrom(const QVariant &value);
QVariant date(const QDate &value);

} // namespace ReferralRow

} // namespace rd
