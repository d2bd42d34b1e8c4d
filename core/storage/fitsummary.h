#pragma once

#include "referral.h"
#include "similaritysummary.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <QString>
#include <memory>

namespace rd {

class Database;

// Keeps the summary behind Fit (similaritysummary.h) as referrals are stored and triaged, in the
// writer's transaction: similarity_outcomes counts the triaged and won referrals of each group,
// similarity_terms holds the lookups of each new referral, similarity_wide the referrals whose
// lists are too long to summarise. Prepares each statement once, like ReferralWriter.
class FitSummary
{
public:
    explicit FitSummary(Database &database);

    // A referral was just stored.
    bool added(const Referral &referral);
    // A stored referral's status changed from `before` to referral.status.
    bool changed(const Referral &referral, Status before);

    // What storing `referral` writes to the summary, statement by statement (the values of
    // countStatement(), termStatement() and wideStatement()): for added(), and for benchmarks
    // that do the same work directly.
    struct ArrivalRows
    {
        QList<QVariantList> counts;
        QList<QVariantList> terms;
        QList<QVariantList> wide;
    };
    static ArrivalRows rowsOnArrival(const Referral &referral);
    static QString countStatement();
    static QString termStatement();
    static QString wideStatement();

    // Statements that forget the sample referrals, before they themselves are deleted.
    static QStringList forgetSamples();
    // Builds the summary from every stored referral (a database that had none, schema 10):
    // read in pages of ids, counted in memory by group, written once per group.
    static bool rebuild(Database &database, QString *error);

    QString lastError() const { return m_lastError; }

private:
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    bool run(QSqlQuery &query);
    bool count(const SimilarityGroup &group, int triaged, int won);
    bool runAll(std::unique_ptr<QSqlQuery> &slot, const QString &sql, const QList<QVariantList> &rows);
    bool addTerms(const QString &referralId, const SimilarityGroup &group);
    bool removeTerms(const QString &referralId);

    Database &m_database;
    std::unique_ptr<QSqlQuery> m_count;
    std::unique_ptr<QSqlQuery> m_addTerm;
    std::unique_ptr<QSqlQuery> m_removeTerms;
    std::unique_ptr<QSqlQuery> m_addWide;
    QString m_lastError;
};

} // namespace rd
