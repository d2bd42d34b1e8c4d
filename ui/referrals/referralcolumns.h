#pragma once

#include "referral.h"
#include "referralstore.h"

#include <QList>
#include <QVariant>
#include <optional>

namespace rd {

// The columns each tab shows: what a rep needs at that stage, nothing more.
enum class Column {
    Received, TimeLeft, Target, Location, Size, Industries, Products, Services, ValueHint, Notes,
    Customer, Requirements, EstimatedValue, ClosingDate, AcceptedOn, Outcome, Value, ClosedOn, Reason, Title, Fit,
    HandledBy, // who claimed it (claim.h)
};

namespace ReferralColumns {

QList<Column> forTab(Tab tab);
// The target's title quotes the policy's window.
QString title(Column column, const DeadlinePolicy &policy);
// The SQL order a click on the column's header asks for; empty when the column can't sort.
std::optional<SortKey> sortKey(Column column);
// Columns whose text depends on the time: they change every minute.
bool tracksTime(Column column);
QVariant display(Column column, const Referral &referral, const QDateTime &now);
QVariant toolTip(Column column, const Referral &referral, const QDateTime &now);
// How urgent the cell looks: 0 calm, 1 target passed, 2 deadline within the first warning.
int urgency(Column column, const Referral &referral, const QDateTime &now, const DeadlinePolicy &policy);
// The Fit column's text ("45%"), which the model reads from storage beside each page: the
// referral alone does not say it. Empty when it is not known.
QString fitText(std::optional<double> fit);
QString fitToolTip();

} // namespace ReferralColumns

} // namespace rd

