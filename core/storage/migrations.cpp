#include "migrations.h"

#include "fitsummary.h"
#include "referralfilter.h"

namespace rd {

namespace {

// Instants are ${BIGINT} milliseconds since the epoch, UTC; dates are 'YYYY-MM-DD'; money is
// integer minor units beside its ISO 4217 code. `tab` repeats what the status implies so that
// each tab's page and count is one index range.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        engagement_id TEXT,
        name TEXT,
        external_reference_id TEXT,
        status TEXT NOT NULL,
        tab TEXT NOT NULL,
        received_at ${BIGINT} NOT NULL,
        status_since ${BIGINT} NOT NULL,
        deadline ${BIGINT},
        respond_by ${BIGINT} NOT NULL,
        closed_at ${BIGINT},
        accepted_at ${BIGINT},
        customer_name TEXT,
        address_line1 TEXT,
        address_line2 TEXT,
        city TEXT,
        state TEXT,
        postal_code TEXT,
        country TEXT,
        region TEXT,
        customer_size TEXT,
        contacts TEXT,
        notes TEXT,
        requirements TEXT,
        hint_value ${BIGINT},
        hint_currency TEXT,
        estimate_value ${BIGINT},
        estimate_currency TEXT,
        estimate_closing TEXT,
        estimate_notes TEXT,
        final_value ${BIGINT},
        final_currency TEXT,
        reason TEXT,
        imported_at ${BIGINT} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    ))"),
    QStringLiteral(R"(CREATE TABLE referral_history (
        id ${SERIAL_KEY},
        referral_id TEXT NOT NULL REFERENCES referrals(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        at ${BIGINT} NOT NULL,
        actor TEXT NOT NULL,
        reason TEXT,
        value ${BIGINT},
        currency TEXT,
        closing_date TEXT
    ))"),
    QStringLiteral(R"(CREATE TABLE outbox (
        id ${SERIAL_KEY},
        referral_id TEXT NOT NULL REFERENCES referrals(id),
        kind TEXT NOT NULL,
        created_at ${BIGINT} NOT NULL,
        not_before ${BIGINT} NOT NULL,
        sent_at ${BIGINT},
        withdrawn_at ${BIGINT}
    ))"),
    QStringLiteral("${CREATE_SEARCH_INDEX}"),
    // One index per tab ordering (the keyset pages), one for the deadline sweep and the next
    // wake-up, one for history lookups, one for the pending outbox.
    QStringLiteral("CREATE INDEX referrals_by_tab_deadline ON referrals (tab, (COALESCE(deadline, 9223372036854775807)), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_received ON referrals (tab, received_at, id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_closed ON referrals (tab, (COALESCE(closed_at, 0)), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_closing ON referrals (tab, (COALESCE(estimate_closing, '9999-12-31')), id)"),
    QStringLiteral("CREATE INDEX referrals_by_received ON referrals (received_at, id)"),
    QStringLiteral("CREATE INDEX referrals_by_deadline ON referrals (deadline)"),
    QStringLiteral("CREATE INDEX history_by_referral ON referral_history (referral_id, at)"),
    QStringLiteral("CREATE INDEX outbox_pending ON outbox (sent_at, withdrawn_at, not_before)"),
    QStringLiteral("CREATE INDEX outbox_by_referral ON outbox (referral_id)"),
};

// Rows the sweep set aside, sample referrals, preset reasons as codes, and history rows that
// record estimate changes (old and new values) and what an undoable decision replaced.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE referrals ADD COLUMN set_aside TEXT"),
    QStringLiteral("ALTER TABLE referrals ADD COLUMN sample INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE referrals ADD COLUMN reason_code TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN event TEXT NOT NULL DEFAULT 'status'"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN reason_code TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN notes TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN old_value ${BIGINT}"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN old_currency TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN old_closing_date TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN old_notes TEXT"),
    QStringLiteral("ALTER TABLE referral_history ADD COLUMN before_state TEXT"),
    QStringLiteral("CREATE INDEX referrals_samples ON referrals (sample) WHERE sample = 1"),
    // The sorts of the tabs that grow without bound (Negotiating, Archived) and the title,
    // which every tab shows; the other sorts stay within the open tabs (see SortKey).
    QStringLiteral("CREATE INDEX referrals_by_tab_title ON referrals (tab, (COALESCE(name, '')), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_customer ON referrals (tab, (CASE tab WHEN 'new' THEN '' ELSE COALESCE(customer_name, '') END), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_estimate ON referrals (tab, (COALESCE(estimate_value, -1)), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_accepted ON referrals (tab, (COALESCE(accepted_at, 0)), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_status ON referrals (tab, status, id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_value ON referrals (tab, (COALESCE(final_value, estimate_value, hint_value, -1)), id)"),
    QStringLiteral("CREATE INDEX referrals_by_tab_reason ON referrals (tab, (COALESCE(reason, '')), id)"),
};

// The programme: partner organisations, one business profile per region with its locations
// and expertise (one row a term, so that finding a partner is a query), and each referral's
// partner and the profile it was routed to.
const QStringList kVersion3 = {
    QStringLiteral(R"(CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL
    ))"),
    QStringLiteral(R"(CREATE TABLE business_profiles (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES partners(id),
        region TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        contact_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_locale TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral(R"(CREATE TABLE profile_locations (
        profile_id TEXT NOT NULL REFERENCES business_profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        city TEXT NOT NULL,
        country TEXT NOT NULL,
        PRIMARY KEY (profile_id, position)
    ))"),
    // kind: industry, product, service, solution, keyword, excluded_size
    QStringLiteral(R"(CREATE TABLE profile_terms (
        profile_id TEXT NOT NULL REFERENCES business_profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        position INTEGER NOT NULL,
        term TEXT NOT NULL,
        PRIMARY KEY (profile_id, kind, position)
    ))"),
    QStringLiteral("CREATE INDEX business_profiles_by_partner ON business_profiles (partner_id, id)"),
    QStringLiteral("CREATE INDEX profile_locations_by_country ON profile_locations (country, profile_id)"),
    QStringLiteral("CREATE INDEX profile_terms_by_term ON profile_terms (kind, term, profile_id)"),
    QStringLiteral("ALTER TABLE referrals ADD COLUMN partner_id TEXT REFERENCES partners(id)"),
    QStringLiteral("ALTER TABLE referrals ADD COLUMN profile_id TEXT REFERENCES business_profiles(id)"),
};

// E-mail: whether the customer consented to be contacted; outbox rows addressed to one person
// in their language (an alert and reminders to the profile's contact, a customer notice to each
// customer contact), tried by a sender that records attempts and the server's words; settings
// the whole database shares (its own organisation, the mail server: never a password).
const QStringList kVersion4 = {
    QStringLiteral("ALTER TABLE referrals ADD COLUMN consent_to_contact INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN recipient TEXT"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN recipient_name TEXT"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN locale TEXT NOT NULL DEFAULT 'en'"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN topic TEXT"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN last_error TEXT"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN failed_at ${BIGINT}"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN sending_since ${BIGINT}"),
    // A notice of before had no addressee: it becomes one per customer contact with an address.
    QStringLiteral("${EXPAND_LEGACY_NOTICES}"),
    QStringLiteral("DELETE FROM outbox WHERE kind = 'choose_another_partner' AND sent_at IS NULL AND withdrawn_at IS NULL"),
    QStringLiteral("UPDATE outbox SET kind = 'customer-notice' WHERE kind = 'choose_another_partner'"),
    QStringLiteral("CREATE INDEX outbox_due ON outbox (not_before, id) WHERE sent_at IS NULL AND withdrawn_at IS NULL AND failed_at IS NULL"),
    QStringLiteral("CREATE INDEX referrals_by_partner ON referrals (partner_id, received_at)"),
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))"),
};

// Fit and profile advice: similar past referrals are looked up by partner, sample and status;
// each profile change made on advice is recorded with who, when, why and the list before and
// after it (JSON arrays of the list the edit changed).
const QStringList kVersion5 = {
    QStringLiteral("CREATE INDEX referrals_similar ON referrals (partner_id, sample, status)"),
    QStringLiteral(R"(CREATE TABLE profile_changes (
        id ${SERIAL_KEY},
        profile_id TEXT NOT NULL REFERENCES business_profiles(id) ON DELETE CASCADE,
        at ${BIGINT} NOT NULL,
        actor TEXT NOT NULL,
        edit TEXT NOT NULL,
        term TEXT NOT NULL,
        reason TEXT NOT NULL,
        reason_is_preset INTEGER NOT NULL,
        same_reason INTEGER NOT NULL,
        considered INTEGER NOT NULL,
        list_before TEXT NOT NULL,
        list_after TEXT NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX profile_changes_by_profile ON profile_changes (profile_id, at)"),
};

// Team mode: who may use a shared database, for which partner organisation and as what (rep,
// manager, programme); on a server, every commit tells the other windows, and row-level
// security keeps each organisation to its own rows. A file has one user and ignores both.
const QStringList kVersion6 = {
    QStringLiteral(R"(CREATE TABLE team_members (
        name TEXT PRIMARY KEY,
        partner_id TEXT REFERENCES partners(id),
        role TEXT NOT NULL
    ))"),
    QStringLiteral("${CHANGE_NOTICES}"),
    QStringLiteral("${TEAM_SECURITY}"),
};

// Team mode's row-level security, fast: nothing changes on a file.
const QStringList kVersion7 = {
    QStringLiteral("${POLICIES_PER_ROLE}"),
};

// Claims: who is handling a new or evaluating referral, and since when. On a server only a
// manager may claim for someone else or take a claim from them, whatever program asks.
const QStringList kVersion8 = {
    QStringLiteral("ALTER TABLE referrals ADD COLUMN claimed_by TEXT"),
    QStringLiteral("ALTER TABLE referrals ADD COLUMN claimed_at ${BIGINT}"),
    QStringLiteral("${CLAIM_GUARD}"),
};

// Regions: a rep may be kept to the regions (business profiles) they work for, their triage and
// their dashboard alike, and be granted more; without any they work for every region of
// their organisation. On a server row-level security enforces it.
const QStringList kVersion9 = {
    QStringLiteral(R"(CREATE TABLE member_regions (
        member TEXT NOT NULL REFERENCES team_members(name) ON DELETE CASCADE,
        region TEXT NOT NULL,
        PRIMARY KEY (member, region)
    ))"),
    QStringLiteral("${REGIONS_PER_MEMBER}"),
};

// Fit's kept summary (fitsummary.h): the triaged and won referrals counted by the groups the
// similarity compares, each new referral's lookups, and the referrals compared one by one.
const QStringList kVersion10 = {
    QStringLiteral(R"(CREATE TABLE similarity_outcomes (
        group_key TEXT PRIMARY KEY,
        partner_id TEXT,
        sample INTEGER NOT NULL,
        triaged INTEGER NOT NULL,
        won INTEGER NOT NULL
    ))"),
    QStringLiteral(R"(CREATE TABLE similarity_terms (
        referral_id TEXT NOT NULL REFERENCES referrals(id),
        group_key TEXT NOT NULL,
        sign INTEGER NOT NULL,
        PRIMARY KEY (referral_id, group_key)
    ))"),
    QStringLiteral(R"(CREATE TABLE similarity_wide (
        referral_id TEXT PRIMARY KEY REFERENCES referrals(id),
        partner_id TEXT
    ))"),
    QStringLiteral("CREATE INDEX similarity_wide_by_partner ON similarity_wide (partner_id)"),
    QStringLiteral("${FIT_SUMMARY_SECURITY}"),
};

// The columns only New and Evaluating show (ReferralColumns::forTab), each sorted on an index
// of those two tabs alone: without one, sorting by any of them read the whole tab, which grows
// with the referrals (a tenth of them are new). Partial, so that the archive, most of the
// rows, costs nothing. Each expression is the page's ORDER BY (ReferralStore::sortExpression).
QStringList version11()
{
    QStringList statements;
    const QList<std::pair<const char *, QString>> keys{
        {"city", QStringLiteral("COALESCE(city, '')")},
        {"size", QStringLiteral("COALESCE(customer_size, '')")},
        {"hint", QStringLiteral("COALESCE(hint_value, -1)")},
        {"notes", QStringLiteral("COALESCE(notes, '')")},
        {"claimed", QStringLiteral("COALESCE(claimed_by, '')")},
        {"industry", QStringLiteral("${FIRST_REQUIREMENT:industries}")},
        {"product", QStringLiteral("${FIRST_REQUIREMENT:products}")},
        {"service", QStringLiteral("${FIRST_REQUIREMENT:services}")},
    };
    for (const auto &[name, expression] : keys)
        statements.append(QStringLiteral("CREATE INDEX referrals_by_tab_unanswered_%1 ON referrals (tab, (%2), id) WHERE %3")
                              .arg(QLatin1String(name), expression, unansweredTabsCondition()));
    return statements;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, kVersion1},
        {2, kVersion2},
        {3, kVersion3},
        {4, kVersion4},
        {5, kVersion5},
        {6, kVersion6},
        {7, kVersion7},
        {8, kVersion8},
        {9, kVersion9},
        {10, kVersion10, &FitSummary::rebuild},
        {11, version11()},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace rd
