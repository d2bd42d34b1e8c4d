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

namespace rd {

QStringList postgresqlTeamSecurity()
{
    QStringList statements;
    // Roles belong to the whole server: made once, whichever database comes first.
    for (const char *group : {kRepGroup, kManagerGroup, kProgrammeGroup}) {
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                         "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                              .arg(QLatin1String(group)));
    }
    statements.append(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(kRepGroup), QLatin1String(kManagerGroup)));

    // Who someone is on this team, read past the policies (the functions run as the schema's
    // owner, with its schema first on the path, so nobody can slip a table of their own in).
    statements.append(QStringLiteral(R"(DO $$ BEGIN
EXECUTE format('CREATE FUNCTION rd_partner_of(who TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_catalog AS %L',
    current_schema(), 'SELECT partner_id FROM team_members WHERE name = who');
EXECUTE format('CREATE FUNCTION rd_role_of(who TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_catalog AS %L',
    current_schema(), 'SELECT role FROM team_members WHERE name = who');
END $$)"));
    // The programme side sees every organisation; everyone else their own.
    statements.append(QStringLiteral("CREATE FUNCTION rd_sees(partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS "
                                     "$$ SELECT coalesce(rd_role_of(current_user) = 'programme' OR partner = rd_partner_of(current_user), false) $$"));
    // Profiles change by a manager of the organisation or by the programme.
    statements.append(QStringLiteral("CREATE FUNCTION rd_edits(partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS "
                                     "$$ SELECT coalesce(rd_role_of(current_user) = 'programme' "
                                     "OR (rd_role_of(current_user) = 'manager' AND partner = rd_partner_of(current_user)), false) $$"));

    const QString everyone = QStringLiteral("%1, %2").arg(QLatin1String(kRepGroup), QLatin1String(kProgrammeGroup));
    const QString editors = QStringLiteral("%1, %2").arg(QLatin1String(kManagerGroup), QLatin1String(kProgrammeGroup));
    statements.append(QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1', current_schema()); END $$").arg(everyone));
    statements += {
        QStringLiteral("GRANT SELECT ON schema_migrations, partners, business_profiles, profile_locations, profile_terms, profile_changes, "
                       "settings, team_members, referrals, referral_history, outbox, referral_search TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON referrals, referral_history, outbox, referral_search TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON partners, business_profiles, profile_locations, profile_terms, profile_changes, "
                       "settings TO %1").arg(editors),
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %1', current_schema()); END $$").arg(everyone),
    };

    // Row-level security: what a member may read (USING) and write (WITH CHECK).
    const auto policy = [&statements](const QString &table, const QString &name, const QString &command, const QString &rule) {
        statements.append(QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 USING (%4)%5")
                              .arg(name, table, command, rule,
                                   command == QLatin1String("SELECT") || command == QLatin1String("DELETE")
                                       ? QString()
                                       : QStringLiteral(" WITH CHECK (%1)").arg(rule)));
    };
    const QString ofReferral = QStringLiteral("EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id)");
    const QString ofProfile = QStringLiteral("EXISTS (SELECT 1 FROM business_profiles p WHERE p.id = profile_id)");
    const QString editsProfile = QStringLiteral("EXISTS (SELECT 1 FROM business_profiles p WHERE p.id = profile_id AND rd_edits(p.partner_id))");
    for (const char *table : {"partners", "business_profiles", "profile_locations", "profile_terms", "profile_changes", "settings",
                              "team_members", "referrals", "referral_history", "outbox", "referral_search"})
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table)));
    policy(QStringLiteral("referrals"), QStringLiteral("organisation_referrals"), QStringLiteral("ALL"), QStringLiteral("rd_sees(partner_id)"));
    for (const char *table : {"referral_history", "outbox", "referral_search"})
        policy(QLatin1String(table), QStringLiteral("organisation_rows"), QStringLiteral("ALL"), ofReferral);
    policy(QStringLiteral("partners"), QStringLiteral("organisation_reads"), QStringLiteral("SELECT"), QStringLiteral("rd_sees(id)"));
    policy(QStringLiteral("partners"), QStringLiteral("organisation_edits"), QStringLiteral("ALL"), QStringLiteral("rd_edits(id)"));
    policy(QStringLiteral("business_profiles"), QStringLiteral("organisation_reads"), QStringLiteral("SELECT"), QStringLiteral("rd_sees(partner_id)"));
    policy(QStringLiteral("business_profiles"), QStringLiteral("organisation_edits"), QStringLiteral("ALL"), QStringLiteral("rd_edits(partner_id)"));
    for (const char *table : {"profile_locations", "profile_terms", "profile_changes"}) {
        policy(QLatin1String(table), QStringLiteral("organisation_reads"), QStringLiteral("SELECT"), ofProfile);
        policy(QLatin1String(table), QStringLiteral("organisation_edits"), QStringLiteral("ALL"), editsProfile);
    }
    policy(QStringLiteral("settings"), QStringLiteral("everyone_reads"), QStringLiteral("SELECT"), QStringLiteral("true"));
    policy(QStringLiteral("settings"), QStringLiteral("editors_edit"), QStringLiteral("ALL"),
           QStringLiteral("rd_role_of(current_user) IN ('manager', 'programme')"));
    policy(QStringLiteral("team_members"), QStringLiteral("colleagues"), QStringLiteral("SELECT"),
           QStringLiteral("name = current_user OR rd_sees(partner_id)"));
    return statements;
}

QStringList postgresqlPoliciesPerRole()
{
    // Schema 6's rd_sees() called rd_partner_of() for every row read (a SECURITY DEFINER function
    // is never inlined): a rep's page walked every organisation's rows and a count of a tab read
    // them all. Scalar subqueries are looked up once per statement (an InitPlan), and a policy
    // per group role leaves a rep the plain condition partner_id = $1 that an index serves.
    const QString partner = QStringLiteral("(SELECT rd_partner_of(current_user))");
    const QString role = QStringLiteral("(SELECT rd_role_of(current_user))");
    QStringList statements = {
        QStringLiteral("CREATE OR REPLACE FUNCTION rd_sees(partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS "
                       "$$ SELECT coalesce(partner = %1 OR %2 = 'programme', false) $$").arg(partner, role),
        QStringLiteral("CREATE OR REPLACE FUNCTION rd_edits(partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS "
                       "$$ SELECT coalesce(%2 = 'programme' OR (%2 = 'manager' AND partner = %1), false) $$").arg(partner, role),
        QStringLiteral("DROP POLICY organisation_referrals ON referrals"),
        // Managers are members of the rep group, so this is theirs too.
        QStringLiteral("CREATE POLICY own_organisation ON referrals FOR ALL TO %1 USING (partner_id = %2) WITH CHECK (partner_id = %2)")
            .arg(QLatin1String(kRepGroup), partner),
        QStringLiteral("CREATE POLICY every_organisation ON referrals FOR ALL TO %1 USING (true) WITH CHECK (true)")
            .arg(QLatin1String(kProgrammeGroup)),
        // A rep's tabs, counts and default sorts within their organisation.
        QStringLiteral("CREATE INDEX referrals_by_partner_tab_deadline ON referrals (partner_id, tab, (COALESCE(deadline, 9223372036854775807)), id)"),
        QStringLiteral("CREATE INDEX referrals_by_partner_tab_closed ON referrals (partner_id, tab, (COALESCE(closed_at, 0)), id)"),
    };
    return statements;
}

QStringList postgresqlClaimGuard()
{
    // A claim cleared as a referral leaves the open tabs, or put back by the undo that brings it
    // back, goes with the decision; it is no reassignment.
    return {
        QStringLiteral(R"(CREATE FUNCTION rd_guard_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.claimed_by IS DISTINCT FROM OLD.claimed_by AND OLD.tab IN ('new', 'evaluating') AND NEW.tab IN ('new', 'evaluating')
       AND (SELECT rd_role_of(current_user)) = 'rep'
       AND NOT ((OLD.claimed_by IS NULL AND NEW.claimed_by = current_user)
                OR (OLD.claimed_by = current_user AND NEW.claimed_by IS NULL)) THEN
        RAISE EXCEPTION 'only a manager can hand a referral to someone else' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$)"),
        QStringLiteral("CREATE TRIGGER referrals_claim_guard BEFORE UPDATE OF claimed_by ON referrals "
                       "FOR EACH ROW EXECUTE FUNCTION rd_guard_claim()"),
    };
}

QStringList postgresqlRegionsPerMember()
{
    const QString partner = QStringLiteral("(SELECT rd_partner_of(current_user))");
    const QString regions = QStringLiteral("(SELECT rd_profiles_of(current_user))");
    const QString everyone = QStringLiteral("%1, %2").arg(QLatin1String(kRepGroup), QLatin1String(kProgrammeGroup));
    return {
        QStringLiteral("GRANT SELECT ON member_regions TO %1").arg(everyone),
        QStringLiteral("ALTER TABLE member_regions ENABLE ROW LEVEL SECURITY"),
        // The regions of the members one may see (team_members' own policy decides who).
        QStringLiteral("CREATE POLICY colleagues ON member_regions FOR SELECT USING (EXISTS (SELECT 1 FROM team_members t WHERE t.name = member))"),
        // The business profiles of a rep's regions, looked up past the policies; NULL when the
        // rep is held to no region (or is no rep).
        QStringLiteral(R"(DO $$ BEGIN
EXECUTE format('CREATE FUNCTION rd_profiles_of(who TEXT) RETURNS TEXT[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_catalog AS %L',
    current_schema(),
    'SELECT CASE WHEN t.role = ''rep'' AND EXISTS (SELECT 1 FROM member_regions m WHERE m.member = who) '
    'THEN ARRAY(SELECT p.id FROM business_profiles p JOIN member_regions m ON m.region = p.region '
    'WHERE m.member = who AND p.partner_id = t.partner_id) END FROM team_members t WHERE t.name = who');
END $$)"),
        QStringLiteral("DROP POLICY own_organisation ON referrals"),
        // Looked up once per statement, as schema 7's organisation: the index still bounds the
        // organisation's rows, and the region is a plain comparison on each. (The cast makes
        // ANY take the array, not the rows of a subquery.)
        QStringLiteral("CREATE POLICY own_organisation ON referrals FOR ALL TO %1 USING (partner_id = %2 AND "
                       "(profile_id IS NULL OR %3 IS NULL OR profile_id = ANY (CAST(%3 AS TEXT[])))) WITH CHECK (partner_id = %2)")
            .arg(QLatin1String(kRepGroup), partner, regions),
    };
}

QStringList postgresqlFitSummarySecurity()
{
    // The counts are the organisation's, whichever region a referral came through: a rep kept to
    // a region writes them as they triage and reads them for their own new referrals' Fit.
    const QString partner = QStringLiteral("(SELECT rd_partner_of(current_user))");
    const QString everyone = QStringLiteral("%1, %2").arg(QLatin1String(kRepGroup), QLatin1String(kProgrammeGroup));
    const QString ofReferral = QStringLiteral("EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id)");
    QStringList statements = {
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON similarity_outcomes, similarity_terms, similarity_wide TO %1").arg(everyone),
        QStringLiteral("CREATE POLICY own_organisation ON similarity_outcomes FOR ALL TO %1 USING (partner_id = %2) WITH CHECK (partner_id = %2)")
            .arg(QLatin1String(kRepGroup), partner),
        QStringLiteral("CREATE POLICY every_organisation ON similarity_outcomes FOR ALL TO %1 USING (true) WITH CHECK (true)")
            .arg(QLatin1String(kProgrammeGroup)),
    };
    for (const char *table : {"similarity_terms", "similarity_wide"})
        statements.append(QStringLiteral("CREATE POLICY organisation_rows ON %1 FOR ALL USING (%2) WITH CHECK (%2)").arg(QLatin1String(table), ofReferral));
    for (const char *table : {"similarity_outcomes", "similarity_terms", "similarity_wide"})
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table)));
    return statements;
}

} // namespace rd
