#pragma once

#include "referral.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// One cell of an exported referral, typed so that a workbook gets real numbers and dates while
// CSV gets exact text: money as its decimal string, instants in UTC ISO 8601 as `list` prints.
struct ExportCell
{
    enum class Kind { Text, Money, Instant, Date };
    Kind kind = Kind::Text;
    QString text;      // what CSV writes
    double number = 0; // Money: the amount (exact: minor units stay below 2^53)
    int decimals = 0;  // Money: the currency's decimals
    QDateTime instant; // Instant, UTC
    QDate date;        // Date
};

// The columns of an export, named like the keys of `list`'s JSON, in order.
QStringList exportHeader();
// The cells of one referral as the reader may see it (the store applied the visibility rules:
// a hidden customer name or contact is empty here too).
QList<ExportCell> exportCells(const Referral &referral);

} // namespace rd
