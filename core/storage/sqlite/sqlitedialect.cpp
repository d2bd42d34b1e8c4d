#include "sqldialect.h"
#include "searchtext.h"

#include <QVariant>

namespace rd {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    bool readsRowsOneAtATime() const override { return true; }

    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QString readOnlySetup() const override { return QStringLiteral("PRAGMA busy_timeout=5000"); }

    QString tableNamesQuery() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    QStringList sessionSetup() const override
    {
        // WAL lets the window read while the command line or the deadline checker writes.
        // synchronous stays FULL (Debian's default with WAL): a rep's decision must survive a
        // power cut, and commits are single decisions or whole import batches, so the extra
        // fsync costs little.
        return {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("PRAGMA synchronous=FULL"),
                QStringLiteral("PRAGMA foreign_keys=ON"),
                QStringLiteral("PRAGMA busy_timeout=5000")};
    }

    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    // BEGIN IMMEDIATE already holds the one write lock.
    QString migrationLock() const override { return {}; }

    QString skipRowsTakenElsewhere() const override { return {}; }

    QString lockRowForChange() const override { return {}; }

    QString exclusiveWorkLock() const override { return {}; }

    QString caseInsensitiveLike() const override { return QStringLiteral("LIKE"); }

    QStringList ddl(QString portableDdl) const override
    {
        // Trigram tokens find text inside words, which Korean needs ("고객" in "고객이").
        if (portableDdl == QLatin1String("${CREATE_SEARCH_INDEX}"))
            return {QStringLiteral("CREATE VIRTUAL TABLE referral_search USING fts5(body, tokenize = 'trigram')")};
        if (portableDdl == QLatin1String("${EXPAND_LEGACY_NOTICES}"))
            return {expandLegacyNotices()};
        // One person, one file: whoever may open it sees everything, and the window polls.
        if (portableDdl == QLatin1String("${CHANGE_NOTICES}") || portableDdl == QLatin1String("${TEAM_SECURITY}")
            || portableDdl == QLatin1String("${POLICIES_PER_ROLE}") || portableDdl == QLatin1String("${CLAIM_GUARD}")
            || portableDdl == QLatin1String("${REGIONS_PER_MEMBER}") || portableDdl == QLatin1String("${FIT_SUMMARY_SECURITY}"))
            return {};
        expandFirstRequirements(portableDdl);
        return {portableDdl.replace(QLatin1String("${BIGINT}"), QLatin1String("INTEGER"))
            .replace(QLatin1String("${SERIAL_KEY}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"))};
    }

    static QString expandLegacyNotices()
    {
        return QStringLiteral(
            "INSERT INTO outbox (referral_id, kind, created_at, not_before, recipient, recipient_name, locale) "
            "SELECT o.referral_id, 'customer-notice', o.created_at, o.not_before, json_extract(c.value, '$.email'), "
            "trim(coalesce(json_extract(c.value, '$.firstName'), '') || ' ' || coalesce(json_extract(c.value, '$.lastName'), '')), "
            "CASE WHEN lower(coalesce(json_extract(c.value, '$.locale'), '')) LIKE 'ko%' THEN 'ko' ELSE 'en' END "
            "FROM outbox o JOIN referrals r ON r.id = o.referral_id, json_each(CASE WHEN json_valid(r.contacts) THEN r.contacts ELSE '[]' END) c "
            "WHERE o.kind = 'choose_another_partner' AND o.sent_at IS NULL AND o.withdrawn_at IS NULL "
            "AND coalesce(json_extract(c.value, '$.email'), '') <> '' ORDER BY o.id");
    }

    QString searchIndexDelete() const override
    {
        return QStringLiteral("DELETE FROM referral_search WHERE rowid = (SELECT rowid FROM referrals WHERE id = ?)");
    }

    QString searchIndexDeleteWhere(const QString &condition) const override
    {
        return QStringLiteral("DELETE FROM referral_search WHERE rowid IN (SELECT rowid FROM referrals WHERE %1)").arg(condition);
    }

    QString searchIndexInsert() const override
    {
        return QStringLiteral("INSERT INTO referral_search (rowid, body) SELECT rowid, ? FROM referrals WHERE id = ?");
    }

    QString searchCondition(const QStringList &terms, QVariantList *bindings) const override
    {
        // Trigrams need three characters; shorter terms fall back to LIKE over the same table.
        // Without a trigram each referral's text is looked up by its rowid, as the page's order
        // reaches it: a page of a common letter is found in the first rows, not after all of them.
        QStringList matched;
        QStringList conditions;
        QVariantList likeBindings;
        for (const QString &term : terms) {
            if (term.size() >= kShortestIndexedTerm) {
                matched.append(QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
            } else {
                QString escaped = term;
                escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
                conditions.append(QStringLiteral("body LIKE ? ESCAPE '\\'"));
                likeBindings.append(QLatin1Char('%') + escaped + QLatin1Char('%'));
            }
        }
        if (!matched.isEmpty()) {
            conditions.prepend(QStringLiteral("referral_search MATCH ?"));
            bindings->append(matched.join(QStringLiteral(" AND ")));
        }
        *bindings += likeBindings;
        if (conditions.isEmpty())
            return QStringLiteral("1 = 1");
        if (matched.isEmpty())
            return QStringLiteral("EXISTS (SELECT 1 FROM referral_search s WHERE s.rowid = referrals.rowid AND %1)").arg(conditions.join(QStringLiteral(" AND ")));
        return QStringLiteral("rowid IN (SELECT rowid FROM referral_search WHERE %1)").arg(conditions.join(QStringLiteral(" AND ")));
    }


    QString firstListItem(const QString &column, const QString &key) const override
    {
        return QStringLiteral("COALESCE(json_extract(%1, '$.%2[0]'), '')").arg(column, key);
    }

    QString jsonListItems(const QString &column, const QString &key) const override
    {
        return QStringLiteral("json_each(CASE WHEN json_valid(%1) THEN %1 ELSE '{}' END, '$.%2')").arg(column, key);
    }

    QString nullSafeEqual(const QString &a, const QString &b) const override
    {
        return QStringLiteral("%1 IS %2").arg(a, b);
    }

    QString epochDay(const QString &column) const override
    {
        return QStringLiteral("CAST(julianday(%1) - 2440587.5 AS INTEGER)").arg(column);
    }

    QString rowKeyColumn() const override { return QStringLiteral("rowid"); }

    QString explainPrefix() const override { return QStringLiteral("EXPLAIN QUERY PLAN "); }

    bool connectionLost(const QSqlDatabase &) const override { return false; }

    ErrorKind classify(const QSqlError &error) const override
    {
        // The driver reports SQLite's primary result code (the low byte of the extended one).
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
        if (!ok)
            return ErrorKind::Other;
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return ErrorKind::Busy;
        case 8: // SQLITE_READONLY
            return ErrorKind::ReadOnly;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return ErrorKind::Corrupt;
        case 14: // SQLITE_CANTOPEN
            return ErrorKind::CannotOpen;
        default:
            return ErrorKind::Other;
        }
    }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace rd
