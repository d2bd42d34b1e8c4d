#pragma once

#include "referral.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace rd {

class TestDatabase;

// A referral of the partner "own" (profile "own-kr") for the Fit tests: like the target of
// storeSimilarHistory (10-50 employees, Healthcare, Azure, KR) in all that is not given.
struct PastReferral
{
    QString id;
    Status status;
    QString size;
    QStringList products;
    QStringList industries;
    QString country;
    std::optional<Money> finalValue;
    QDate promised; // the estimated closing date
    QDate closedOn; // for archived ones
};

PastReferral pastReferral(const QString &id, Status status, const QString &size = {}, const QStringList &products = {},
                          const QStringList &industries = {}, const QString &country = {},
                          const std::optional<Money> &finalValue = {}, const QDate &promised = {}, const QDate &closedOn = {});
// Received an hour before `now` while New or Evaluating (their deadlines still ahead), 200 days
// before otherwise.
Referral referralOf(const PastReferral &past, const QDateTime &now);

// The partners "own" and "other", each with a plain profile in Seoul ("own-kr", "other-kr").
void storeFitPartners(TestDatabase &db);

// The partners, then a new referral "target" (10-50 employees, Healthcare, Azure, KR) and a
// history around it: nine similar referrals whose triage is over (won w1-w4, lost l1,
// negotiating n1, declined d1, skipped s1, missed m1) and one unlike it in each way (x-size,
// x-country, x-product, x-industry, x-evaluating, x-new, a sample, another partner's). By hand:
// accepted 6, won 4, lost 1; won values ₩10, 12 and 20 million and $5,000; three of the four
// won deals closed after their estimated date; fit (4 + 1) / (9 + 2).
void storeSimilarHistory(TestDatabase &db, const QDateTime &now);

} // namespace rd
