#pragma once

#include "report.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <optional>

class QSqlQuery;

namespace rd {

class Database;

// What a report covers: a period (and the one before it, of the same length), the referrals of
// one partner organisation or all of them, and the moment that is "now" for open referrals.
struct ReportScope
{
    ReportPeriod period;
    QString partnerId; // empty: every referral
    QDateTime now;
};

// Computes the dashboard's numbers in SQL: counts, sums and medians are the database's work,
// never a loop over rows here. Values stay in minor units per currency, never added across.
class ReportBuilder
{
public:
    explicit ReportBuilder(Database &database);

    std::optional<Report> build(const ReportScope &scope);
    QString lastError() const { return m_lastError; }

private:
    bool fill(PeriodReport &report, const ReportScope &scope);
    bool fillFunnel(PeriodReport &report, const ReportScope &scope);
    bool fillOutcomes(PeriodReport &report, const ReportScope &scope);
    bool fillOutcomesByMonth(PeriodReport &report, const ReportScope &scope);
    bool fillReasons(PeriodReport &report, const ReportScope &scope);
    bool fillResponsiveness(PeriodReport &report, const ReportScope &scope);
    bool fillPipeline(PeriodReport &report, const ReportScope &scope);
    bool fillForecast(PeriodReport &report, const ReportScope &scope);
    bool fillWonValue(PeriodReport &report, const ReportScope &scope);
    bool fillEstimates(PeriodReport &report, const ReportScope &scope);

    // " AND r.partner_id = ?" when the scope names a partner, its value added to *bindings.
    static QString scopeCondition(const ReportScope &scope, QVariantList *bindings);
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &bindings);

    Database &m_database;
    QString m_lastError;
};

} // namespace rd
