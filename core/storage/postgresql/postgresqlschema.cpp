#include "postgresql/postgresqlschema.h"

namespace rd {

QStringList postgresqlSearchIndex()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral(R"(CREATE FUNCTION rd_json(body TEXT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN body::jsonb;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$)"),
        // The items of the list `key` of a JSON object, none when absent, not a list or damaged.
        QStringLiteral(R"(CREATE FUNCTION rd_json_list(body TEXT, key TEXT) RETURNS TABLE (value TEXT) LANGUAGE sql IMMUTABLE AS $$
SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(rd_json(body)->key) = 'array' THEN rd_json(body)->key ELSE '[]'::jsonb END)
$$)"),
        QStringLiteral(R"(CREATE TABLE referral_search (
        referral_id TEXT COLLATE "C" PRIMARY KEY REFERENCES referrals(id),
        body TEXT NOT NULL
    ))"),
        QStringLiteral("CREATE INDEX referral_search_trigrams ON referral_search USING gin (body gin_trgm_ops)"),
    };
}

QString postgresqlExpandLegacyNotices()
{
    return QStringLiteral(
        "INSERT INTO outbox (referral_id, kind, created_at, not_before, recipient, recipient_name, locale) "
        "SELECT o.referral_id, 'customer-notice', o.created_at, o.not_before, c->>'email', "
        "trim(coalesce(c->>'firstName', '') || ' ' || coalesce(c->>'lastName', '')), "
        "CASE WHEN lower(coalesce(c->>'locale', '')) LIKE 'ko%' THEN 'ko' ELSE 'en' END "
        "FROM outbox o JOIN referrals r ON r.id = o.referral_id, "
        "jsonb_array_elements(CASE WHEN jsonb_typeof(rd_json(r.contacts)) = 'array' THEN rd_json(r.contacts) ELSE '[]'::jsonb END) c "
        "WHERE o.kind = 'choose_another_partner' AND o.sent_at IS NULL AND o.withdrawn_at IS NULL "
        "AND coalesce(c->>'email', '') <> '' ORDER BY o.id");
}

QStringList postgresqlChangeNotices()
{
    // pg_notify() inside a transaction is delivered when it commits, once per channel and
    // payload: a whole import is one notice. The payload names the table, never a row.
    QStringList statements = {QStringLiteral(R"(CREATE FUNCTION rd_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('%1', TG_TABLE_NAME);
    RETURN NULL;
END $$)")
                                  .arg(QLatin1String(kChangeChannel))};
    const QStringList tables = {QStringLiteral("referrals"), QStringLiteral("outbox"), QStringLiteral("partners"),
                                QStringLiteral("business_profiles"), QStringLiteral("profile_locations"),
                                QStringLiteral("profile_terms"), QStringLiteral("settings")};
    for (const QString &table : tables) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                                         "FOR EACH STATEMENT EXECUTE FUNCTION rd_notify_change()")
                              .arg(table));
    }
    return statements;
}

} // namespace rd
