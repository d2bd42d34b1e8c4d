#pragma once

#include "similarreferrals.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

class Database;
class SqlDialect;

// The similar past referrals of a referral (docs/ranking.md, "Fit"), counted in SQL: nothing
// here loads the partner's history into memory.
class SimilarReferralCounts
{
public:
    explicit SimilarReferralCounts(Database &database);

    // How the partner treated the referrals similar to `referralId`; none when it is not
    // stored or the database failed (lastError() says which).
    std::optional<SimilarHistory> historyOf(const QString &referralId);
    // fitScore() of each referral, as SQL computes it for the Fit column's sort.
    QHash<QString, double> fitOf(const QStringList &referralIds);

    // The condition that `past` (an alias of referrals) is a similar past referral of `target`
    // (a table name or alias of referrals): the one definition, for the counts and the sort.
    static QString similarCondition(const SqlDialect &dialect, const QString &target, const QString &past);
    // fitScore() of `target`: (won + 1.0) / (similar + 2.0), from Fit's kept summary for a new
    // referral (a few lookups), counted for any other.
    static QString fitExpression(const SqlDialect &dialect, const QString &target);
    // The same, counted past referral by past referral as the definition says: what the summary
    // must always equal, and what a referral without lookups falls back on.
    static QString countedFitExpression(const SqlDialect &dialect, const QString &target);
    // The same from the summary alone: NULL for a referral it keeps no lookups for.
    static QString summarisedFitExpression(const SqlDialect &dialect, const QString &target);

    QString lastError() const { return m_lastError; }

private:
    bool countOutcomes(const QString &referralId, SimilarHistory &history);
    bool countWonValues(const QString &referralId, SimilarHistory &history);

    Database &m_database;
    QString m_lastError;
};

} // namespace rd
