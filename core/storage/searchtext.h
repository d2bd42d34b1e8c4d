#pragma once

#include "referral.h"

#include <QString>
#include <QStringList>

namespace rd {

// What search finds a referral by: its id, notes, requirements, city and, only where the status
// lets the partner see it, the customer's name.
QString searchBody(const Referral &referral);

// The words of a search, each to be found inside the body (so "고객" finds "고객이").
QStringList searchTerms(const QString &text);

} // namespace rd
