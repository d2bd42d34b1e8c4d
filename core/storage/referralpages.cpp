// ReferralStore's pages: what each sort orders by, the keyset query, and where a page ends.
#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralfilter.h"
#include "similarreferralcounts.h"
#include "sqlite/sqliterows.h"
#include "visibility.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rd {

namespace {

PageCursor cursorAt(QVariant key, const QString &id)
{
    // An empty text must bind as '' again: a null QString binds as NULL, which no row follows.
    if (key.typeId() == QMetaType::QString && key.toString().isNull())
        key = QString(QLatin1String(""));
    return PageCursor{key, id};
}

// The rows after `cursor` in the order of `sort` (ascending or not): the row value compares the
// key and the id, and the key alone bounds it too. SQLite ranges over an index only on that
// bound: without it a page far down a tab walked the index from its start. Fit has no index,
// and its key is a count best not made twice.
QString cursorCondition(SortKey sort, const QString &key, bool ascending, const PageCursor &cursor, QVariantList *bindings)
{
    const QString after = ascending ? QStringLiteral(">") : QStringLiteral("<");
    QString condition = QStringLiteral("(%1, id) %2 (?, ?)").arg(key, after);
    if (sort != SortKey::Fit) {
        condition.prepend(QStringLiteral("%1 %2= ? AND ").arg(key, after));
        bindings->append(cursor.key);
    }
    bindings->append(cursor.key);
    bindings->append(cursor.id);
    return condition;
}

} // namespace

// The SQL expression each sort key orders by. NULLs are folded into a sentinel so that the
// keyset comparison stays a plain row-value comparison; the indexes use the same expressions.
QString ReferralStore::sortExpression(const SqlDialect &dialect, SortKey sort)
{
    switch (sort) {
    case SortKey::Deadline:
        return QStringLiteral("COALESCE(deadline, 9223372036854775807)");
    case SortKey::ReceivedAt:
        return QStringLiteral("received_at");
    case SortKey::ClosedAt:
        return QStringLiteral("COALESCE(closed_at, 0)");
    case SortKey::ClosingDate:
        return QStringLiteral("COALESCE(estimate_closing, '9999-12-31')");
    case SortKey::Title:
        return QStringLiteral("COALESCE(name, '')");
    case SortKey::Customer:
        // A new referral's customer is not visible: it must not decide the order either.
        return QStringLiteral("(CASE tab WHEN 'new' THEN '' ELSE COALESCE(customer_name, '') END)");
    case SortKey::City:
        return QStringLiteral("COALESCE(city, '')");
    case SortKey::Size:
        return QStringLiteral("COALESCE(customer_size, '')");
    // Amounts sort by their minor units: deals in different currencies are not converted.
    case SortKey::ValueHint:
        return QStringLiteral("COALESCE(hint_value, -1)");
    case SortKey::EstimatedValue:
        return QStringLiteral("COALESCE(estimate_value, -1)");
    case SortKey::Value:
        return QStringLiteral("COALESCE(final_value, estimate_value, hint_value, -1)");
    case SortKey::AcceptedAt:
        return QStringLiteral("COALESCE(accepted_at, 0)");
    case SortKey::Status:
        return QStringLiteral("status");
    case SortKey::Reason:
        return QStringLiteral("COALESCE(reason, '')");
    case SortKey::Notes:
        return QStringLiteral("COALESCE(notes, '')");
    case SortKey::FirstIndustry:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("industries"));
    case SortKey::FirstProduct:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("products"));
    case SortKey::FirstService:
        return dialect.firstListItem(QStringLiteral("requirements"), QStringLiteral("services"));
    case SortKey::Fit:
        return SimilarReferralCounts::fitExpression(dialect, QStringLiteral("referrals"));
    case SortKey::ClaimedBy:
        return QStringLiteral("COALESCE(claimed_by, '')");
    }
    return QStringLiteral("received_at");
}

std::pair<SortKey, Qt::SortOrder> defaultSort(Tab tab)
{
    switch (tab) {
    case Tab::New:
    case Tab::Evaluating:
        return {SortKey::Deadline, Qt::AscendingOrder};
    case Tab::Negotiating:
        return {SortKey::ClosingDate, Qt::AscendingOrder};
    case Tab::Archived:
        return {SortKey::ClosedAt, Qt::DescendingOrder};
    }
    return {SortKey::ReceivedAt, Qt::DescendingOrder};
}

ReferralStore::ReferralStore(Database &database, DeadlinePolicy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_policy(policy)
{
}

QString ReferralStore::pageStatement(const SqlDialect &dialect, const ReferralQuery &request, QVariantList *bindings)
{
    QStringList conditions;
    if (const QString filter = filterCondition(dialect, request, bindings); !filter.isEmpty())
        conditions.append(filter);
    const QString key = sortExpression(dialect, request.sort);
    const bool ascending = request.order == Qt::AscendingOrder;
    if (request.after)
        conditions.append(cursorCondition(request.sort, key, ascending, *request.after, bindings));
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The sort key is selected as the last column: the next page starts after the value the
    // database compared, so no sentinel or folding is spelled out twice.
    const ReferralRow::Parts parts = request.withContacts ? ReferralRow::Parts::Whole : ReferralRow::Parts::Listed;
    QString sql = QStringLiteral("SELECT %1, %2 FROM referrals").arg(ReferralRow::columns(parts), key);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ?").arg(key, direction);
    bindings->append(qMax(1, request.limit));
    if (request.offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        bindings->append(request.offset);
    }
    return sql;
}

Page ReferralStore::page(const ReferralQuery &request) const
{
    m_lastError.clear();
    QVariantList bindings;
    const QString statement = pageStatement(m_database.dialect(), request, &bindings);
    Page page;
    QVariant firstKey;
    QVariant lastKey;
    const auto take = [this, &page, &firstKey, &lastKey](const RowValues &row, int keyColumn) {
        page.rows.append(visibleView(ReferralRow::fromRow(row)));
        lastKey = row.value(keyColumn);
        if (page.rows.size() == 1)
            firstKey = lastKey;
    };
    if (sqlite3 *handle = SqliteRows::handleOf(m_database.connection())) {
        // Straight from SQLite: through Qt's driver a page took twice SQLite's own time.
        SqliteRows rows(handle, statement, bindings);
        const int keyColumn = rows.columnCount() - 1;
        while (rows.next())
            take(rows, keyColumn);
        if (rows.error().isValid()) {
            m_lastError = m_database.describe(rows.error());
            return {};
        }
    } else {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
        query.prepare(statement);
        for (const QVariant &value : std::as_const(bindings))
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = m_database.describe(query.lastError());
            return page;
        }
        const int keyColumn = query.record().count() - 1;
        const QueryRowValues row(query);
        while (query.next())
            take(row, keyColumn);
    }
    if (page.rows.isEmpty())
        return page;
    page.first = cursorAt(firstKey, page.rows.constFirst().id);
    page.last = cursorAt(lastKey, page.rows.constLast().id);
    if (page.rows.size() >= qMax(1, request.limit))
        page.next = page.last;
    return page;
}

std::optional<int> ReferralStore::positionOf(const ReferralQuery &request, const QString &id) const
{
    m_lastError.clear();
    const SqlDialect &dialect = m_database.dialect();
    QVariantList bindings;
    const QString filter = filterCondition(dialect, request, &bindings);
    const QString key = sortExpression(dialect, request.sort);
    const QString within = filter.isEmpty() ? QString() : QStringLiteral(" AND ") + filter;
    // Its own key first, then the rows before it on the sort's index: one count, no row read.
    QSqlQuery own(m_database.connection());
    own.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?%2").arg(key, within));
    own.addBindValue(id);
    for (const QVariant &value : std::as_const(bindings))
        own.addBindValue(value);
    if (!own.exec()) {
        m_lastError = m_database.describe(own.lastError());
        return std::nullopt;
    }
    if (!own.next())
        return std::nullopt;
    // The rows before it: those after it in the opposite order.
    QVariantList counted;
    const QString earlier = cursorCondition(request.sort, key, request.order != Qt::AscendingOrder, cursorAt(own.value(0), id), &counted);
    QSqlQuery before(m_database.connection());
    before.prepare(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE %1%2").arg(earlier, within));
    for (const QVariant &value : std::as_const(counted) + bindings)
        before.addBindValue(value);
    if (!before.exec() || !before.next()) {
        m_lastError = m_database.describe(before.lastError());
        return std::nullopt;
    }
    return before.value(0).toInt();
}

QString ReferralStore::explainPage(const ReferralQuery &request) const
{
    // The values go into the text: a server cannot prepare an EXPLAIN as a statement.
    QVariantList bindings;
    QString statement = pageStatement(m_database.dialect(), request, &bindings);
    const QSqlDriver *driver = m_database.connection().driver();
    qsizetype at = 0;
    for (const QVariant &value : std::as_const(bindings)) {
        at = statement.indexOf(QLatin1Char('?'), at);
        if (at < 0)
            break;
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        const QString literal = driver->formatValue(field);
        statement.replace(at, 1, literal);
        at += literal.size();
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_database.dialect().explainPrefix() + statement))
        return m_database.describe(query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(query.record().count() - 1).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace rd
