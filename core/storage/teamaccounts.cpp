#include "teamaccounts.h"

#include "database.h"
#include "postgresql/postgresqlschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

// PostgreSQL's own limit on names (bytes) and its reserved prefix.
constexpr int kMaxRoleBytes = 63;

QString groupOf(TeamMember::Role role)
{
    switch (role) {
    case TeamMember::Role::Rep:
        return QLatin1String(kRepGroup);
    case TeamMember::Role::Manager:
        return QLatin1String(kManagerGroup);
    case TeamMember::Role::Programme:
        return QLatin1String(kProgrammeGroup);
    }
    return QLatin1String(kRepGroup);
}

} // namespace

QString roleName(TeamMember::Role role)
{
    switch (role) {
    case TeamMember::Role::Rep:
        return QStringLiteral("rep");
    case TeamMember::Role::Manager:
        return QStringLiteral("manager");
    case TeamMember::Role::Programme:
        return QStringLiteral("programme");
    }
    return QStringLiteral("rep");
}

std::optional<TeamMember::Role> roleFromName(const QString &name)
{
    for (TeamMember::Role role : {TeamMember::Role::Rep, TeamMember::Role::Manager, TeamMember::Role::Programme}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

TeamAccounts::TeamAccounts(Database &database)
    : m_database(database)
{
}

void TeamAccounts::noteFailure(const QSqlQuery &query)
{
    m_database.noteError(query.lastError());
    m_lastError = m_database.describe(query.lastError());
}

bool TeamAccounts::begin()
{
    m_inTransaction = m_database.beginWrite();
    if (!m_inTransaction)
        m_lastError = m_database.describe(m_database.lastError());
    return m_inTransaction;
}

bool TeamAccounts::finish()
{
    if (!m_database.commit())
        return false;
    m_inTransaction = false;
    return true;
}

void TeamAccounts::abandon()
{
    // Only a transaction of our own: a rollback without one makes the server warn on stderr.
    if (m_inTransaction)
        m_database.rollback();
    m_inTransaction = false;
}

TeamAccounts::Result TeamAccounts::refuse(Outcome outcome, const QString &error)
{
    abandon();
    Result result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

TeamAccounts::Result TeamAccounts::failed(Outcome fallback)
{
    const QString error = m_lastError;
    const DatabaseError::Kind kind = m_database.classify(m_database.lastError());
    if (kind == DatabaseError::Kind::NotPermitted) {
        return refuse(Outcome::NotPermitted, QCoreApplication::translate("TeamAccounts", "Only the server's administrator (a user who may create roles) adds people to a team database or changes what they do. Ask whoever runs the server."));
    }
    return refuse(fallback, error);
}

bool TeamAccounts::run(const QString &sql, const QVariantList &bindings)
{
    // CREATE ROLE and GRANT cannot be prepared: they run as text, their names quoted already.
    QSqlQuery query(m_database.connection());
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return true;
    noteFailure(query);
    // Before the statement is freed: freeing it inside a failed transaction fails too, and
    // the driver says so on stderr.
    abandon();
    return false;
}

bool TeamAccounts::runFormatted(const QString &formatCall, const QVariantList &bindings)
{
    QSqlQuery format(m_database.connection());
    format.prepare(QStringLiteral("SELECT ") + formatCall);
    for (const QVariant &value : bindings)
        format.addBindValue(value);
    if (!format.exec() || !format.next()) {
        noteFailure(format);
        return false;
    }
    const QString statement = format.value(0).toString();
    format.finish();
    format = QSqlQuery(); // freed now, while the transaction can still free it
    return run(statement);
}

TeamAccounts::Result TeamAccounts::add(const TeamMember &member, const QString &password)
{
    m_lastError.clear();
    if (m_database.spec().engine != ConnectionSpec::Engine::Postgresql)
        return refuse(Outcome::NotTeamDatabase, QCoreApplication::translate("TeamAccounts", "Users are for team databases on a PostgreSQL server; a database file has one user, whoever opens it."));
    const QByteArray bytes = member.name.toUtf8();
    if (member.name.trimmed() != member.name || bytes.isEmpty() || bytes.size() > kMaxRoleBytes
        || member.name.startsWith(QLatin1String("pg_")) || member.name.startsWith(QLatin1String("referral_desk_"))) {
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "A user name must have 1 to 63 bytes, no spaces at either end, and not begin with pg_ or referral_desk_: %1")
                                            .arg(member.name));
    }
    // Names PostgreSQL keeps for itself, or that mean someone else wherever a role is named.
    static const QStringList reserved = {QStringLiteral("public"), QStringLiteral("none"), QStringLiteral("current_user"),
                                         QStringLiteral("session_user"), QStringLiteral("current_role")};
    const bool control = std::any_of(member.name.cbegin(), member.name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control || reserved.contains(member.name.toLower())) {
        QString shown = member.name; // a line break would break the sentence
        shown.replace(QRegularExpression(QStringLiteral("\\p{Cc}")), QStringLiteral("?"));
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "%1 can't be a user name: PostgreSQL keeps it for itself, or it holds a tab, a line break or another control character.")
                                            .arg(shown));
    }
    if ((member.role == TeamMember::Role::Programme) != member.partnerId.isEmpty())
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Reps and managers belong to a partner organisation; the programme side belongs to none."));
    if (!begin())
        return failed(Outcome::Failed);
    QSqlQuery check(m_database.connection());
    check.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM pg_roles WHERE rolname = ?), (SELECT COUNT(*) FROM partners WHERE id = ?)"));
    check.addBindValue(member.name);
    check.addBindValue(member.partnerId);
    if (!check.exec() || !check.next()) {
        noteFailure(check);
        return failed(Outcome::Failed);
    }
    const bool exists = check.value(0).toInt() > 0;
    const bool partnerKnown = check.value(1).toInt() > 0;
    check.finish();
    if (exists)
        return refuse(Outcome::Exists, QCoreApplication::translate("TeamAccounts", "The server already has a user or role named %1. Choose another name, or change what %1 does with user grant.").arg(member.name));
    if (!member.partnerId.isEmpty() && !partnerKnown)
        return refuse(Outcome::UnknownPartner, QCoreApplication::translate("TeamAccounts", "There is no partner organisation with the id %1. Add it with partner add first.").arg(member.partnerId));
    if (!member.regions.isEmpty() && member.role != TeamMember::Role::Rep)
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Only a rep can be kept to regions: managers and the programme side see every region."));
    TeamMember added = member;
    if (const std::optional<Result> refused = checkRegions(added.partnerId, &added.regions))
        return *refused;
    const bool created = password.isEmpty()
        ? runFormatted(QStringLiteral("format('CREATE ROLE %I LOGIN', CAST(? AS TEXT))"), {member.name})
        : runFormatted(QStringLiteral("format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS TEXT), CAST(? AS TEXT))"), {member.name, password});
    if (!created
        || !runFormatted(QStringLiteral("format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(member.role), member.name})
        || !run(QStringLiteral("INSERT INTO team_members (name, partner_id, role) VALUES (?, ?, ?)"),
                {member.name, member.partnerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(member.partnerId), roleName(member.role)})
        || !addRegions(added.name, added.regions) || !finish()) {
        if (m_lastError.isEmpty())
            m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    return Result{Outcome::Done, {}, added};
}

std::optional<TeamAccounts::Result> TeamAccounts::beginMemberChange(const QString &name, TeamMember *member)
{
    m_lastError.clear();
    if (m_database.spec().engine != ConnectionSpec::Engine::Postgresql)
        return refuse(Outcome::NotTeamDatabase, QCoreApplication::translate("TeamAccounts", "Users are for team databases on a PostgreSQL server; a database file has one user, whoever opens it."));
    if (!begin())
        return failed(Outcome::Failed);
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral("SELECT partner_id, role FROM team_members WHERE name = ?"));
    current.addBindValue(name);
    if (!current.exec()) {
        noteFailure(current);
        return failed(Outcome::Failed);
    }
    if (!current.next())
        return refuse(Outcome::UnknownMember, QCoreApplication::translate("TeamAccounts", "%1 is not a user of this team database. Add them with user add.").arg(name));
    *member = TeamMember{name, current.value(0).toString(), roleFromName(current.value(1).toString()).value_or(TeamMember::Role::Rep), {}};
    current.finish();
    return std::nullopt;
}

TeamAccounts::Result TeamAccounts::grant(const QString &name, std::optional<TeamMember::Role> role, QStringList regions, bool everyRegion)
{
    TeamMember member;
    if (const std::optional<Result> ended = beginMemberChange(name, &member))
        return *ended;
    const TeamMember::Role before = member.role;
    const TeamMember::Role after = role.value_or(before);
    if ((before == TeamMember::Role::Programme) != (after == TeamMember::Role::Programme))
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Reps and managers belong to a partner organisation; the programme side belongs to none."));
    if ((!regions.isEmpty() || everyRegion) && after != TeamMember::Role::Rep)
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Only a rep can be kept to regions: managers and the programme side see every region."));
    if (const std::optional<Result> refused = checkRegions(member.partnerId, &regions))
        return *refused;
    member.role = after;
    const bool regranted = after == before
        || (runFormatted(QStringLiteral("format('REVOKE %I FROM %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(before), name})
            && runFormatted(QStringLiteral("format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(after), name})
            && run(QStringLiteral("UPDATE team_members SET role = ? WHERE name = ?"), {roleName(after), name}));
    // A manager sees every region: regions kept from their time as a rep would mean nothing.
    const bool regionsKept = after == TeamMember::Role::Rep && !everyRegion
        ? addRegions(name, regions)
        : run(QStringLiteral("DELETE FROM member_regions WHERE member = ?"), {name});
    std::optional<QStringList> now;
    if (!regranted || !regionsKept || !(now = regionsOf(name)) || !finish()) {
        if (m_lastError.isEmpty())
            m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    member.regions = *now;
    return Result{Outcome::Done, {}, member};
}

TeamAccounts::Result TeamAccounts::revoke(const QString &name, const QStringList &regions)
{
    TeamMember member;
    if (const std::optional<Result> ended = beginMemberChange(name, &member))
        return *ended;
    const std::optional<QStringList> held = regionsOf(name);
    if (!held)
        return failed(Outcome::Failed);
    QStringList left = *held;
    for (const QString &region : regions) {
        if (!held->contains(region.trimmed(), Qt::CaseInsensitive))
            return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "%1 has not been granted the region %2.").arg(name, region.trimmed()));
        left.removeIf([&region](const QString &kept) { return kept.compare(region.trimmed(), Qt::CaseInsensitive) == 0; });
    }
    // No region left means every region: that widens what they see, so it is said, not implied.
    if (left.isEmpty()) {
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "That would leave %1 without a region, and a rep without one sees every region of the organisation. "
                                                                                    "Grant the new region first, or let them see every region with user grant %1 --every-region.").arg(name));
    }
    for (const QString &region : *held) {
        if (!left.contains(region) && !run(QStringLiteral("DELETE FROM member_regions WHERE member = ? AND region = ?"), {name, region}))
            return failed(Outcome::Failed);
    }
    std::optional<QStringList> now = regionsOf(name);
    if (!now || !finish()) {
        if (m_lastError.isEmpty())
            m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    member.regions = *now;
    return Result{Outcome::Done, {}, member};
}

std::optional<TeamAccounts::Result> TeamAccounts::checkRegions(const QString &partnerId, QStringList *regions)
{
    QStringList canonical;
    for (const QString &region : std::as_const(*regions)) {
        QSqlQuery known(m_database.connection());
        known.prepare(QStringLiteral("SELECT region FROM business_profiles WHERE partner_id = ? AND upper(region) = upper(?) ORDER BY region LIMIT 1"));
        known.addBindValue(partnerId);
        known.addBindValue(region.trimmed());
        if (!known.exec()) {
            noteFailure(known);
            return failed(Outcome::Failed);
        }
        if (!known.next()) {
            return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "%1 has no business profile for the region %2; a rep can be kept only to regions their organisation works in.")
                                                .arg(partnerId, region.trimmed()));
        }
        // As the profile spells it ("kr" is KR), each once.
        const QString spelled = known.value(0).toString();
        if (!canonical.contains(spelled))
            canonical.append(spelled);
    }
    canonical.sort();
    *regions = canonical;
    return std::nullopt;
}

bool TeamAccounts::addRegions(const QString &name, const QStringList &regions)
{
    for (const QString &region : regions) {
        // Granting a region twice is granting it once.
        if (!run(QStringLiteral("INSERT INTO member_regions (member, region) VALUES (?, ?) ON CONFLICT DO NOTHING"), {name, region.trimmed()}))
            return false;
    }
    return true;
}

std::optional<QStringList> TeamAccounts::regionsOf(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT region FROM member_regions WHERE member = ? ORDER BY region"));
    query.addBindValue(name);
    if (!query.exec()) {
        noteFailure(query);
        return std::nullopt;
    }
    QStringList regions;
    while (query.next())
        regions.append(query.value(0).toString());
    return regions;
}

std::optional<QList<TeamMember>> TeamAccounts::members()
{
    m_lastError.clear();
    if (m_database.spec().engine != ConnectionSpec::Engine::Postgresql) {
        m_lastError = QCoreApplication::translate("TeamAccounts", "Users are for team databases on a PostgreSQL server; a database file has one user, whoever opens it.");
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name, partner_id, role FROM team_members ORDER BY name"))) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    QList<TeamMember> members;
    while (query.next())
        members.append(TeamMember{query.value(0).toString(), query.value(1).toString(),
                                  roleFromName(query.value(2).toString()).value_or(TeamMember::Role::Rep), {}});
    query.finish();
    // One more read for all the regions, not one per member.
    QSqlQuery regions(m_database.connection());
    if (!regions.exec(QStringLiteral("SELECT member, region FROM member_regions ORDER BY member, region"))) {
        m_lastError = m_database.describe(regions.lastError());
        return std::nullopt;
    }
    QHash<QString, QStringList> byMember;
    while (regions.next())
        byMember[regions.value(0).toString()].append(regions.value(1).toString());
    for (TeamMember &member : members)
        member.regions = byMember.value(member.name);
    return members;
}

} // namespace rd
