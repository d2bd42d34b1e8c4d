#include "similarreferralcounts.h"

#include "customersize.h"
#include "database.h"
#include "sqldialect.h"
#include "taxonomy.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// A referral's size band in SQL, written from the domain's bands so that there is one mapping.
QString bandOf(const QString &table)
{
    QString sql = QStringLiteral("(CASE %1.customer_size").arg(table);
    for (const TaxonomyEntry &size : Taxonomy::entries(TaxonomyKind::CustomerSize))
        sql += QStringLiteral(" WHEN '%1' THEN '%2'").arg(size.id, CustomerSize::band(size.id));
    return sql + QStringLiteral(" ELSE '' END)");
}

// The target names nothing in the list, or the two share an item of it.
QString sharesItem(const SqlDialect &dialect, const QString &target, const QString &past, const QString &key)
{
    const QString targetItems = dialect.jsonListItems(target + QStringLiteral(".requirements"), key);
    const QString pastItems = dialect.jsonListItems(past + QStringLiteral(".requirements"), key);
    return QStringLiteral("(NOT EXISTS (SELECT 1 FROM %1) OR EXISTS (SELECT 1 FROM %1 wanted, %2 had WHERE wanted.value = had.value))")
        .arg(targetItems, pastItems);
}

// The triage is over: the rep accepted, turned down or let the referral lapse.
const QString kTriaged = QStringLiteral("('negotiating', 'won', 'lost', 'skipped', 'missed', 'declined', 'expired')");

// The closing date the rep estimated at Accept (the first promise, not a later update).
QString closingAtAccept(const QString &past)
{
    return QStringLiteral("COALESCE((SELECT a.closing_date FROM referral_history a WHERE a.referral_id = %1.id AND a.event = 'status' "
                          "AND a.to_status = 'negotiating' AND a.closing_date IS NOT NULL ORDER BY a.at, a.id LIMIT 1), %1.estimate_closing)")
        .arg(past);
}

} // namespace

SimilarReferralCounts::SimilarReferralCounts(Database &database)
    : m_database(database)
{
}

QString SimilarReferralCounts::similarCondition(const SqlDialect &dialect, const QString &target, const QString &past)
{
    // Samples compare with samples and real referrals with real ones: the sample data shows
    // what Fit does, and made-up history never weighs on a real decision.
    QStringList all = {
        QStringLiteral("%1.id <> %2.id").arg(past, target),
        dialect.nullSafeEqual(past + QStringLiteral(".partner_id"), target + QStringLiteral(".partner_id")),
        QStringLiteral("%1.sample = %2.sample").arg(past, target),
        QStringLiteral("%1.status IN %2").arg(past, kTriaged),
        QStringLiteral("COALESCE(%1.country, '') = COALESCE(%2.country, '')").arg(past, target),
        QStringLiteral("(%1 = '' OR %2 = %1)").arg(bandOf(target), bandOf(past)),
        sharesItem(dialect, target, past, QStringLiteral("industries")),
        sharesItem(dialect, target, past, QStringLiteral("products")),
    };
    return all.join(QStringLiteral(" AND "));
}

QString SimilarReferralCounts::countedFitExpression(const SqlDialect &dialect, const QString &target)
{
    // A double on both engines (PostgreSQL's 1.0 would be an exact numeric that a page cursor,
    // read back as a double, no longer equals).
    return QStringLiteral("(SELECT CAST(COALESCE(SUM(CASE WHEN fit.status = 'won' THEN 1 ELSE 0 END), 0) + 1 AS DOUBLE PRECISION) / (COUNT(*) + 2) "
                          "FROM referrals fit WHERE %1)")
        .arg(similarCondition(dialect, target, QStringLiteral("fit")));
}

QString SimilarReferralCounts::fitExpression(const SqlDialect &dialect, const QString &target)
{
    // A new referral's Fit from the kept summary (fitsummary.h): its signed lookups, and the few
    // past referrals too wide to summarise counted one by one. Without lookups (wide itself, or
    // not new) it is counted as the definition says. The same arithmetic as counted, so the
    // page cursor compares equal doubles.
    return QStringLiteral("COALESCE(%1, %2)").arg(summarisedFitExpression(dialect, target), countedFitExpression(dialect, target));
}

QString SimilarReferralCounts::summarisedFitExpression(const SqlDialect &dialect, const QString &target)
{
    // From the few wide referrals to their rows, never the other way round (CROSS JOIN keeps
    // SQLite's order): the other way is the count one by one the summary is there to spare.
    const QString wide = QStringLiteral("(SELECT %1 FROM similarity_wide w CROSS JOIN referrals fit "
                                        "WHERE fit.id = w.referral_id AND %2 AND %3)")
                             .arg(QStringLiteral("%1"), dialect.nullSafeEqual(QStringLiteral("w.partner_id"), target + QStringLiteral(".partner_id")),
                                  similarCondition(dialect, target, QStringLiteral("fit")));
    const QString wideWon = wide.arg(QStringLiteral("COUNT(CASE WHEN fit.status = 'won' THEN 1 END)"));
    const QString wideSimilar = wide.arg(QStringLiteral("COUNT(*)"));
    return QStringLiteral(
        "(SELECT CAST(COALESCE(SUM(t.sign * o.won), 0) + %2 + 1 AS DOUBLE PRECISION) / (COALESCE(SUM(t.sign * o.triaged), 0) + %3 + 2) "
        "FROM similarity_terms t LEFT JOIN similarity_outcomes o ON o.group_key = t.group_key WHERE t.referral_id = %1.id HAVING COUNT(*) > 0)")
        .arg(target, wideWon, wideSimilar);
}

std::optional<SimilarHistory> SimilarReferralCounts::historyOf(const QString &referralId)
{
    m_lastError.clear();
    SimilarHistory history;
    QSqlQuery exists(m_database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM referrals WHERE id = ?"));
    exists.addBindValue(referralId);
    if (!exists.exec()) {
        m_lastError = m_database.describe(exists.lastError());
        return std::nullopt;
    }
    if (!exists.next())
        return std::nullopt;
    if (!countOutcomes(referralId, history) || !countWonValues(referralId, history))
        return std::nullopt;
    return history;
}

bool SimilarReferralCounts::countOutcomes(const QString &referralId, SimilarHistory &history)
{
    const SqlDialect &dialect = m_database.dialect();
    const QString promised = closingAtAccept(QStringLiteral("h"));
    const QString sql = QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN h.status IN ('negotiating', 'won', 'lost') THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN h.status = 'won' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN h.status = 'lost' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN h.status = 'won' AND promised IS NOT NULL THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN h.status = 'won' AND promised IS NOT NULL AND h.closed_at / %1 > %2 THEN 1 ELSE 0 END), 0) "
        "FROM (SELECT h.*, %3 AS promised FROM referrals t JOIN referrals h ON %4 WHERE t.id = ?) h")
                            .arg(kMsPerDay)
                            .arg(dialect.epochDay(QStringLiteral("promised")), promised,
                                 similarCondition(dialect, QStringLiteral("t"), QStringLiteral("h")));
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(referralId);
    if (!query.exec() || !query.next()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    history.similar = query.value(0).toInt();
    history.accepted = query.value(1).toInt();
    history.won = query.value(2).toInt();
    history.lost = query.value(3).toInt();
    history.wonWithClosingDate = query.value(4).toInt();
    history.wonAfterClosingDate = query.value(5).toInt();
    return true;
}

bool SimilarReferralCounts::countWonValues(const QString &referralId, SimilarHistory &history)
{
    // The middle one or two of each currency's sorted values, picked by the database.
    const QString won = QStringLiteral(
        "SELECT CASE WHEN h.final_value IS NOT NULL THEN h.final_currency ELSE h.estimate_currency END AS currency, "
        "COALESCE(h.final_value, h.estimate_value) AS value FROM referrals t JOIN referrals h ON %1 "
        "WHERE t.id = ? AND h.status = 'won' AND COALESCE(h.final_value, h.estimate_value) IS NOT NULL")
                            .arg(similarCondition(m_database.dialect(), QStringLiteral("t"), QStringLiteral("h")));
    const QString sql = QStringLiteral(
        "SELECT currency, MAX(n), AVG(CASE WHEN rn = (n + 1) / 2 OR rn = (n + 2) / 2 THEN value END) FROM ("
        "SELECT currency, value, ROW_NUMBER() OVER (PARTITION BY currency ORDER BY value) AS rn, "
        "COUNT(*) OVER (PARTITION BY currency) AS n FROM (%1) won) ranked GROUP BY currency ORDER BY MAX(n) DESC, currency")
                            .arg(won);
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(referralId);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    while (query.next())
        history.wonValues.append({query.value(0).toString(), query.value(1).toInt(), qRound64(query.value(2).toDouble())});
    return true;
}

QHash<QString, double> SimilarReferralCounts::fitOf(const QStringList &referralIds)
{
    m_lastError.clear();
    QHash<QString, double> fits;
    if (referralIds.isEmpty())
        return fits;
    QStringList marks(referralIds.size(), QStringLiteral("?"));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    query.prepare(QStringLiteral("SELECT id, %1 FROM referrals WHERE id IN (%2)")
                      .arg(fitExpression(m_database.dialect(), QStringLiteral("referrals")), marks.join(QStringLiteral(", "))));
    for (const QString &id : referralIds)
        query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return {};
    }
    while (query.next())
        fits.insert(query.value(0).toString(), query.value(1).toDouble());
    return fits;
}

} // namespace rd
