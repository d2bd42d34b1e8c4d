#include "fitsummary.h"

#include "database.h"
#include "referralrow.h"

#include <QHash>
#include <QSqlError>
#include <algorithm>

namespace rd {

namespace {

const QString kCount = QStringLiteral(
    "INSERT INTO similarity_outcomes (group_key, partner_id, sample, triaged, won) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (group_key) DO UPDATE SET triaged = similarity_outcomes.triaged + excluded.triaged, "
    "won = similarity_outcomes.won + excluded.won");

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

FitSummary::FitSummary(Database &database)
    : m_database(database)
{
}

QSqlQuery &FitSummary::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

bool FitSummary::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

QString FitSummary::countStatement()
{
    return kCount;
}

QString FitSummary::termStatement()
{
    return QStringLiteral("INSERT INTO similarity_terms (referral_id, group_key, sign) VALUES (?, ?, ?)");
}

QString FitSummary::wideStatement()
{
    return QStringLiteral("INSERT INTO similarity_wide (referral_id, partner_id) VALUES (?, ?)");
}

namespace {

QList<QVariantList> countRows(const SimilarityGroup &group, int triaged, int won)
{
    // In the same order in every transaction: two reps deciding at once on a server wait for
    // each other's rows rather than deadlock.
    QStringList keys = outcomeKeys(group);
    std::sort(keys.begin(), keys.end());
    QList<QVariantList> rows;
    for (const QString &key : std::as_const(keys))
        rows.append({key, nullableText(group.partnerId), group.sample ? 1 : 0, triaged, won});
    return rows;
}

QList<QVariantList> termRows(const QString &referralId, const SimilarityGroup &group)
{
    QList<QVariantList> rows;
    for (const SimilarityTerm &term : fitTerms(group))
        rows.append({referralId, term.key, term.sign});
    return rows;
}

} // namespace

FitSummary::ArrivalRows FitSummary::rowsOnArrival(const Referral &referral)
{
    ArrivalRows rows;
    const SimilarityGroup group = similarityGroupOf(referral);
    if (isWide(group)) {
        rows.wide.append({referral.id, nullableText(referral.partnerId)});
        return rows;
    }
    if (countsAsTriaged(referral.status))
        rows.counts = countRows(group, 1, countsAsWon(referral.status) ? 1 : 0);
    if (referral.status == Status::New)
        rows.terms = termRows(referral.id, group);
    return rows;
}

bool FitSummary::runAll(std::unique_ptr<QSqlQuery> &slot, const QString &sql, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery &query = prepared(slot, sql);
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            query.bindValue(i, row.at(i));
        if (!run(query))
            return false;
    }
    return true;
}

bool FitSummary::added(const Referral &referral)
{
    const ArrivalRows rows = rowsOnArrival(referral);
    return runAll(m_addWide, wideStatement(), rows.wide) && runAll(m_count, kCount, rows.counts)
        && runAll(m_addTerm, termStatement(), rows.terms);
}

bool FitSummary::changed(const Referral &referral, Status before)
{
    const SimilarityGroup group = similarityGroupOf(referral);
    if (isWide(group))
        return true; // counted referral by referral, from its status as it is now
    const int triaged = int(countsAsTriaged(referral.status)) - int(countsAsTriaged(before));
    const int won = int(countsAsWon(referral.status)) - int(countsAsWon(before));
    if ((triaged != 0 || won != 0) && !count(group, triaged, won))
        return false;
    if (before == Status::New && referral.status != Status::New)
        return removeTerms(referral.id);
    if (before != Status::New && referral.status == Status::New)
        return addTerms(referral.id, group);
    return true;
}

bool FitSummary::count(const SimilarityGroup &group, int triaged, int won)
{
    return runAll(m_count, kCount, countRows(group, triaged, won));
}

bool FitSummary::addTerms(const QString &referralId, const SimilarityGroup &group)
{
    return runAll(m_addTerm, termStatement(), termRows(referralId, group));
}

bool FitSummary::removeTerms(const QString &referralId)
{
    QSqlQuery &remove = prepared(m_removeTerms, QStringLiteral("DELETE FROM similarity_terms WHERE referral_id = ?"));
    remove.bindValue(0, referralId);
    return run(remove);
}

QStringList FitSummary::forgetSamples()
{
    return {
        QStringLiteral("DELETE FROM similarity_terms WHERE referral_id IN (SELECT id FROM referrals WHERE sample = 1)"),
        QStringLiteral("DELETE FROM similarity_wide WHERE referral_id IN (SELECT id FROM referrals WHERE sample = 1)"),
        QStringLiteral("DELETE FROM similarity_outcomes WHERE sample = 1"),
    };
}

bool FitSummary::rebuild(Database &database, QString *error)
{
    struct Counts
    {
        QString partnerId;
        bool sample = false;
        int triaged = 0;
        int won = 0;
    };
    // One entry per group, not per referral: the groups are far fewer than the referrals.
    QHash<QString, Counts> counts;
    FitSummary summary(database);
    // Read in pages by id, each written before the next is read: a streaming driver runs no
    // other statement while rows are pending, and no page holds more than a few thousand.
    constexpr int kPage = 2000;
    QString after = QStringLiteral(""); // not a null QString: that would bind NULL, and nothing is greater
    for (;;) {
        QSqlQuery rows(database.connection());
        rows.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id > ? ORDER BY id LIMIT %2").arg(ReferralRow::columns()).arg(kPage));
        rows.addBindValue(after);
        if (!rows.exec()) {
            *error = database.describe(rows.lastError());
            return false;
        }
        QList<Referral> page;
        int read = 0;
        while (rows.next()) {
            ++read;
            after = rows.value(0).toString();
            if (ReferralRow::problemIn(rows).isEmpty())
                page.append(ReferralRow::fromQuery(rows)); // a damaged row is in no one's Fit
        }
        rows.finish();
        for (const Referral &referral : std::as_const(page)) {
            const SimilarityGroup group = similarityGroupOf(referral);
            if (isWide(group) || !countsAsTriaged(referral.status)) {
                if (!summary.added(referral)) {
                    *error = summary.lastError();
                    return false;
                }
                continue;
            }
            for (const QString &key : outcomeKeys(group)) {
                Counts &entry = counts[key];
                entry.partnerId = group.partnerId;
                entry.sample = group.sample;
                ++entry.triaged;
                entry.won += countsAsWon(referral.status) ? 1 : 0;
            }
        }
        if (read < kPage)
            break;
    }
    QList<QVariantList> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), nullableText(it->partnerId), it->sample ? 1 : 0, it->triaged, it->won});
    if (!summary.runAll(summary.m_count, kCount, rows)) {
        *error = summary.lastError();
        return false;
    }
    return true;
}

} // namespace rd
