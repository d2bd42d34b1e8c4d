#include "referralreport.h"

#include "database.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace rd {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

qint64 ms(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch();
}

// Referrals received in the period that arrived New: the ones a rep could answer. Those that
// arrived already answered (an import of a later status) say nothing of how fast anyone was.
const QString kArrivedNew = QStringLiteral(
    "EXISTS (SELECT 1 FROM referral_history a WHERE a.referral_id = r.id AND a.from_status IS NULL AND a.to_status = 'new')");

// The first answer to a referral: its earliest "I'm interested" or "No thanks".
const QString kFirstAnswer = QStringLiteral(
    "h.id = (SELECT f.id FROM referral_history f WHERE f.referral_id = r.id AND f.event = 'status' "
    "AND f.from_status = 'new' AND f.to_status IN ('evaluating', 'skipped') ORDER BY f.at, f.id LIMIT 1)");

// The middle row or two of each group, picked by the database: the median without reading the
// rows here. `ranked` must have columns who, took, rn (rank by took) and n (rows in the group).
const QString kMiddleRows = QStringLiteral("CASE WHEN rn = (n + 1) / 2 OR rn = (n + 2) / 2 THEN took END");

// Archived in the period, written as referrals_by_tab_closed is keyed (tab, COALESCE(closed_at,
// 0)) so that the database reads the period's range of the index, not the whole Archived tab.
// Periods start after 1970, so the COALESCE changes no answer.
const QString kClosedInPeriod = QStringLiteral("r.tab = 'archived' AND COALESCE(r.closed_at, 0) >= ? AND COALESCE(r.closed_at, 0) < ?");

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

ReportBuilder::ReportBuilder(Database &database)
    : m_database(database)
{
}

std::optional<Report> ReportBuilder::build(const ReportScope &scope)
{
    m_lastError.clear();
    Report report;
    report.partnerId = scope.partnerId;
    ReportScope before = scope;
    before.period = scope.period.previous();
    if (!fill(report.current, scope) || !fill(report.previous, before))
        return std::nullopt;
    return report;
}

bool ReportBuilder::fill(PeriodReport &report, const ReportScope &scope)
{
    report.period = scope.period;
    return fillFunnel(report, scope) && fillOutcomes(report, scope) && fillOutcomesByMonth(report, scope)
        && fillReasons(report, scope) && fillResponsiveness(report, scope) && fillPipeline(report, scope)
        && fillForecast(report, scope) && fillWonValue(report, scope) && fillEstimates(report, scope);
}

QString ReportBuilder::scopeCondition(const ReportScope &scope, QVariantList *bindings)
{
    if (scope.partnerId.isEmpty())
        return {};
    bindings->append(scope.partnerId);
    return QStringLiteral(" AND r.partner_id = ?");
}

bool ReportBuilder::run(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    if (!query.prepare(sql)) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    return true;
}

bool ReportBuilder::fillFunnel(PeriodReport &report, const ReportScope &scope)
{
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString sql = QStringLiteral(
        "SELECT COUNT(*), "
        "COALESCE(SUM(CASE WHEN r.status IN ('evaluating', 'negotiating', 'won', 'lost', 'declined', 'expired') THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN r.status IN ('negotiating', 'won', 'lost') THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN r.status = 'won' THEN 1 ELSE 0 END), 0) "
        "FROM referrals r WHERE r.received_at >= ? AND r.received_at < ?")
        + scopeCondition(scope, &bindings);
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings) || !query.next())
        return m_lastError.isEmpty() ? (m_lastError = m_database.describe(query.lastError()), false) : false;
    report.funnel = Funnel{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()};
    return true;
}

bool ReportBuilder::fillOutcomes(PeriodReport &report, const ReportScope &scope)
{
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString sql = QStringLiteral("SELECT r.status, COUNT(*) FROM referrals r WHERE ") + kClosedInPeriod
        + scopeCondition(scope, &bindings) + QStringLiteral(" GROUP BY r.status");
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    for (Status status : reportOutcomes())
        report.outcomes.insert(status, 0);
    while (query.next()) {
        if (const std::optional<Status> status = statusFromName(query.value(0).toString()); status && isArchived(*status))
            report.outcomes[*status] = query.value(1).toInt();
    }
    return true;
}

bool ReportBuilder::fillOutcomesByMonth(PeriodReport &report, const ReportScope &scope)
{
    // Each calendar month of the period (cut to the period at both ends) follows the reader's
    // time zone rather than UTC. One pass over the period's range of the closed index names
    // each referral's month by the first month end after it: joined to a table of months
    // instead, the database chose to read the whole Archived tab once per month.
    QStringList arms;
    QVariantList monthBindings;
    const QDate last(scope.period.to.year(), scope.period.to.month(), 1);
    for (QDate month(scope.period.from.year(), scope.period.from.month(), 1); month <= last; month = month.addMonths(1)) {
        const QDateTime monthEnd = std::min(QDateTime(month.addMonths(1), QTime(0, 0), scope.period.zone).toUTC(), scope.period.end());
        arms.append(QStringLiteral("WHEN COALESCE(r.closed_at, 0) < CAST(? AS BIGINT) THEN CAST(? AS TEXT)"));
        monthBindings << ms(monthEnd) << month.toString(QStringLiteral("yyyy-MM"));
    }
    QVariantList bindings = monthBindings;
    bindings << ms(scope.period.start()) << ms(scope.period.end());
    const QString sql = QStringLiteral("SELECT month, status, COUNT(*) FROM (SELECT CASE %1 END AS month, r.status FROM referrals r "
                                       "WHERE %2%3) closed GROUP BY month, status ORDER BY month, status")
                            .arg(arms.join(QLatin1Char(' ')), kClosedInPeriod, scopeCondition(scope, &bindings));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    while (query.next()) {
        if (const std::optional<Status> status = statusFromName(query.value(1).toString()); status && isArchived(*status))
            report.outcomesByMonth.append(OutcomeMonth{query.value(0).toString(), *status, query.value(2).toInt()});
    }
    return true;
}

bool ReportBuilder::fillReasons(PeriodReport &report, const ReportScope &scope)
{
    // A preset counts by its code, so the Korean and English words of one reason are one.
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString sql = QStringLiteral(
        "SELECT status, why, preset, COUNT(*) FROM (SELECT r.status, "
        "CASE WHEN COALESCE(r.reason_code, '') <> '' THEN r.reason_code ELSE TRIM(COALESCE(r.reason, '')) END AS why, "
        "CASE WHEN COALESCE(r.reason_code, '') <> '' THEN 1 ELSE 0 END AS preset "
        "FROM referrals r WHERE r.status IN ('declined', 'skipped', 'lost') AND %1%2) reasons "
        "WHERE why <> '' GROUP BY status, why, preset")
                            .arg(kClosedInPeriod, scopeCondition(scope, &bindings));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    while (query.next()) {
        if (const std::optional<Status> status = statusFromName(query.value(0).toString()))
            report.reasons.append(ReasonCount{*status, query.value(1).toString(), query.value(2).toInt() == 1, query.value(3).toInt()});
    }
    const QList<Status> order = reasonOutcomes();
    std::sort(report.reasons.begin(), report.reasons.end(), [&order](const ReasonCount &a, const ReasonCount &b) {
        if (a.outcome != b.outcome)
            return order.indexOf(a.outcome) < order.indexOf(b.outcome);
        if (a.count != b.count)
            return a.count > b.count;
        return a.reason < b.reason;
    });
    return true;
}

bool ReportBuilder::fillResponsiveness(PeriodReport &report, const ReportScope &scope)
{
    // One pass: the period's arrivals, each with its first answer, are found once (the history
    // lookups are the cost) and kept for the counts and the three groupings read from them.
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString arrivals = QStringLiteral(
        "SELECT r.status, r.profile_id, CASE WHEN %1 THEN 1 ELSE 0 END AS arrived_new, h.id AS answer, h.actor, "
        "h.at - r.received_at AS took, CASE WHEN h.at < r.respond_by THEN 1 ELSE 0 END AS in_time "
        "FROM referrals r LEFT JOIN referral_history h ON %2 WHERE r.received_at >= ? AND r.received_at < ?%3")
                                 .arg(kArrivedNew, kFirstAnswer, scopeCondition(scope, &bindings));
    // The answers of referrals that arrived New, once for all, once per rep, once per profile.
    const QString answers = QStringLiteral(
        "SELECT 'all' AS kind, '' AS who, took, in_time FROM arrivals WHERE arrived_new = 1 AND answer IS NOT NULL "
        "UNION ALL SELECT 'rep', actor, took, in_time FROM arrivals WHERE arrived_new = 1 AND answer IS NOT NULL AND actor IS NOT NULL "
        "UNION ALL SELECT 'profile', profile_id, took, in_time FROM arrivals WHERE arrived_new = 1 AND answer IS NOT NULL "
        "AND profile_id IS NOT NULL");
    // Rows of (kind, who, a, b, c, d): for 'arrivals' the four counts, for an answer group its
    // answered count, those within the target and the median time in ms.
    const QString sql = QStringLiteral(
        "WITH arrivals AS MATERIALIZED (%1) "
        "SELECT 'arrivals' AS kind, '' AS who, COALESCE(SUM(arrived_new), 0) AS a, COALESCE(SUM(1 - arrived_new), 0) AS b, "
        "COALESCE(SUM(CASE WHEN arrived_new = 1 AND status = 'missed' THEN 1 ELSE 0 END), 0) AS c, "
        "COALESCE(SUM(CASE WHEN arrived_new = 1 AND status = 'expired' THEN 1 ELSE 0 END), 0) AS d FROM arrivals "
        "UNION ALL SELECT kind, who, COUNT(*), SUM(in_time), AVG(%2), NULL FROM (SELECT kind, who, took, in_time, "
        "ROW_NUMBER() OVER (PARTITION BY kind, who ORDER BY took) AS rn, COUNT(*) OVER (PARTITION BY kind, who) AS n "
        "FROM (%3) answers) ranked GROUP BY kind, who ORDER BY 1, 2")
                            .arg(arrivals, kMiddleRows, answers);
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    Responsiveness &numbers = report.responsiveness;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        if (kind == QLatin1String("arrivals")) {
            numbers.considered = query.value(2).toInt();
            numbers.alreadyAnswered = query.value(3).toInt();
            numbers.missed = query.value(4).toInt();
            numbers.expired = query.value(5).toInt();
            continue;
        }
        AnswerTimes times;
        times.who = query.value(1).toString();
        times.answered = query.value(2).toInt();
        times.withinTarget = query.value(3).toInt();
        if (const std::optional<double> middle = optionalDouble(query.value(4)))
            times.medianMinutes = *middle / 60'000.0;
        if (kind == QLatin1String("all")) {
            numbers.answered = times.answered;
            numbers.medianMinutes = times.medianMinutes;
            numbers.withinTarget = times.withinTarget;
        } else if (kind == QLatin1String("rep")) {
            numbers.byRep.append(times);
        } else {
            numbers.byProfile.append(times);
        }
    }
    return true;
}

bool ReportBuilder::fillPipeline(PeriodReport &report, const ReportScope &scope)
{
    // Open now: not archived, and not past a deadline that a sweep has yet to act on.
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end()), ms(scope.now)};
    const QString sql = QStringLiteral(
        "SELECT r.status, CASE WHEN r.estimate_value IS NOT NULL THEN r.estimate_currency ELSE r.hint_currency END, "
        "COUNT(*), COALESCE(SUM(COALESCE(r.estimate_value, r.hint_value)), 0) FROM referrals r "
        "WHERE r.tab <> 'archived' AND r.received_at >= ? AND r.received_at < ? AND (r.deadline IS NULL OR r.deadline > ?)%1 "
        "GROUP BY r.status, CASE WHEN r.estimate_value IS NOT NULL THEN r.estimate_currency ELSE r.hint_currency END")
                            .arg(scopeCondition(scope, &bindings));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    const QList<Status> stages = pipelineStages();
    while (query.next()) {
        const std::optional<Status> stage = statusFromName(query.value(0).toString());
        if (!stage || !stages.contains(*stage))
            continue;
        if (query.value(1).isNull()) {
            report.openWithoutValue += query.value(2).toInt();
            continue;
        }
        report.pipeline.append(StageValue{*stage, query.value(1).toString(), query.value(2).toInt(), query.value(3).toLongLong()});
    }
    std::sort(report.pipeline.begin(), report.pipeline.end(), [&stages](const StageValue &a, const StageValue &b) {
        if (a.stage != b.stage)
            return stages.indexOf(a.stage) < stages.indexOf(b.stage);
        return a.currency < b.currency;
    });
    return true;
}

bool ReportBuilder::fillForecast(PeriodReport &report, const ReportScope &scope)
{
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString sql = QStringLiteral(
        "SELECT SUBSTR(r.estimate_closing, 1, 7), r.estimate_currency, COUNT(*), SUM(r.estimate_value) FROM referrals r "
        "WHERE r.tab = 'negotiating' AND r.status = 'negotiating' AND r.estimate_value IS NOT NULL AND r.estimate_closing IS NOT NULL "
        "AND r.received_at >= ? AND r.received_at < ?%1 "
        "GROUP BY SUBSTR(r.estimate_closing, 1, 7), r.estimate_currency ORDER BY 1, 2")
                            .arg(scopeCondition(scope, &bindings));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    while (query.next())
        report.forecast.append(MonthValue{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toLongLong()});
    return true;
}

bool ReportBuilder::fillWonValue(PeriodReport &report, const ReportScope &scope)
{
    QVariantList bindings{ms(scope.period.start()), ms(scope.period.end())};
    const QString sql = QStringLiteral(
        "SELECT currency, SUM(value) FROM (SELECT "
        "CASE WHEN r.final_value IS NOT NULL THEN r.final_currency ELSE r.estimate_currency END AS currency, "
        "COALESCE(r.final_value, r.estimate_value) AS value FROM referrals r "
        "WHERE r.status = 'won' AND %1%2) won "
        "WHERE currency IS NOT NULL GROUP BY currency ORDER BY currency")
                            .arg(kClosedInPeriod, scopeCondition(scope, &bindings));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    while (query.next())
        report.wonValue.append(CurrencyValue{query.value(0).toString(), query.value(1).toLongLong()});
    return true;
}

bool ReportBuilder::fillEstimates(PeriodReport &report, const ReportScope &scope)
{
    // The day a deal was won, in the period's zone (its offset at the period's start), against
    // its estimated closing date: positive days slipped past it.
    const qint64 offsetMs = qint64(scope.period.zone.offsetFromUtc(scope.period.start())) * 1000;
    QVariantList bindings{offsetMs, ms(scope.period.start()), ms(scope.period.end())};
    const QString deals = QStringLiteral(
        "SELECT r.estimate_currency AS currency, r.estimate_value AS estimated, COALESCE(r.final_value, r.estimate_value) AS final, "
        "(r.closed_at + ?) / %1 - %2 AS took FROM referrals r "
        "WHERE r.status = 'won' AND %3 AND r.estimate_value IS NOT NULL "
        "AND r.estimate_closing IS NOT NULL AND (r.final_currency IS NULL OR r.final_currency = r.estimate_currency)%4")
                              .arg(kMsPerDay)
                              .arg(m_database.dialect().epochDay(QStringLiteral("r.estimate_closing")), kClosedInPeriod, scopeCondition(scope, &bindings));
    const QString sql = QStringLiteral(
        "SELECT currency, COUNT(*), SUM(estimated), SUM(final), SUM(CASE WHEN took > 0 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN took < 0 THEN 1 ELSE 0 END), AVG(%1) FROM (SELECT currency, estimated, final, took, "
        "ROW_NUMBER() OVER (PARTITION BY currency ORDER BY took) AS rn, COUNT(*) OVER (PARTITION BY currency) AS n "
        "FROM (%2) deals) ranked GROUP BY currency ORDER BY currency")
                            .arg(kMiddleRows, deals);
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, bindings))
        return false;
    while (query.next()) {
        EstimateAccuracy accuracy;
        accuracy.currency = query.value(0).toString();
        accuracy.deals = query.value(1).toInt();
        accuracy.estimatedMinorUnits = query.value(2).toLongLong();
        accuracy.finalMinorUnits = query.value(3).toLongLong();
        accuracy.closedLate = query.value(4).toInt();
        accuracy.closedEarly = query.value(5).toInt();
        accuracy.medianSlipDays = optionalDouble(query.value(6));
        report.estimates.append(accuracy);
    }
    return true;
}

} // namespace rd
