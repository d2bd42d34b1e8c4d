#include "teamaccounts.h"

#include "database.h"
#include "postgresql/postgresqlschema.h"

#include <QCoreApplication>
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

TeamAccounts::Result TeamAccounts::refuse(Outcome outcome, const QString &error)
{
    m_database.rollback();
    Result result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

TeamAccounts::Result TeamAccounts::failed(Outcome fallback)
{
    const QString error = m_lastError;
    const bool notPermitted = m_database.classify(m_database.lastError()) == DatabaseError::Kind::NotPermitted;
    return refuse(notPermitted ? Outcome::NotPermitted : fallback, error);
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
    m_database.noteError(query.lastError());
    m_lastError = m_database.describe(query.lastError());
    return false;
}

bool TeamAccounts::runFormatted(const QString &formatCall, const QVariantList &bindings)
{
    QSqlQuery format(m_database.connection());
    format.prepare(QStringLiteral("SELECT ") + formatCall);
    for (const QVariant &value : bindings)
        format.addBindValue(value);
    if (!format.exec() || !format.next()) {
        m_database.noteError(format.lastError());
        m_lastError = m_database.describe(format.lastError());
        return false;
    }
    const QString statement = format.value(0).toString();
    format.finish();
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
    if ((member.role == TeamMember::Role::Programme) != member.partnerId.isEmpty())
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Reps and managers belong to a partner organisation; the programme side belongs to none."));
    if (!m_database.beginWrite()) {
        m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    QSqlQuery check(m_database.connection());
    check.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM pg_roles WHERE rolname = ?), (SELECT COUNT(*) FROM partners WHERE id = ?)"));
    check.addBindValue(member.name);
    check.addBindValue(member.partnerId);
    if (!check.exec() || !check.next()) {
        m_database.noteError(check.lastError());
        m_lastError = m_database.describe(check.lastError());
        return failed(Outcome::Failed);
    }
    const bool exists = check.value(0).toInt() > 0;
    const bool partnerKnown = check.value(1).toInt() > 0;
    check.finish();
    if (exists)
        return refuse(Outcome::Exists, QCoreApplication::translate("TeamAccounts", "The server already has a user or role named %1. Choose another name, or change what %1 does with user grant.").arg(member.name));
    if (!member.partnerId.isEmpty() && !partnerKnown)
        return refuse(Outcome::UnknownPartner, QCoreApplication::translate("TeamAccounts", "There is no partner organisation with the id %1. Add it with partner add first.").arg(member.partnerId));
    const bool created = password.isEmpty()
        ? runFormatted(QStringLiteral("format('CREATE ROLE %I LOGIN', CAST(? AS TEXT))"), {member.name})
        : runFormatted(QStringLiteral("format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS TEXT), CAST(? AS TEXT))"), {member.name, password});
    if (!created
        || !runFormatted(QStringLiteral("format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(member.role), member.name})
        || !run(QStringLiteral("INSERT INTO team_members (name, partner_id, role) VALUES (?, ?, ?)"),
                {member.name, member.partnerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(member.partnerId), roleName(member.role)})
        || !m_database.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    return Result{Outcome::Done, {}, member};
}

TeamAccounts::Result TeamAccounts::grant(const QString &name, TeamMember::Role role)
{
    m_lastError.clear();
    if (m_database.spec().engine != ConnectionSpec::Engine::Postgresql)
        return refuse(Outcome::NotTeamDatabase, QCoreApplication::translate("TeamAccounts", "Users are for team databases on a PostgreSQL server; a database file has one user, whoever opens it."));
    if (!m_database.beginWrite()) {
        m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral("SELECT partner_id, role FROM team_members WHERE name = ?"));
    current.addBindValue(name);
    if (!current.exec()) {
        m_database.noteError(current.lastError());
        m_lastError = m_database.describe(current.lastError());
        return failed(Outcome::Failed);
    }
    if (!current.next())
        return refuse(Outcome::UnknownMember, QCoreApplication::translate("TeamAccounts", "%1 is not a user of this team database. Add them with user add.").arg(name));
    TeamMember member{name, current.value(0).toString(), roleFromName(current.value(1).toString()).value_or(TeamMember::Role::Rep)};
    current.finish();
    if ((member.role == TeamMember::Role::Programme) != (role == TeamMember::Role::Programme))
        return refuse(Outcome::Invalid, QCoreApplication::translate("TeamAccounts", "Reps and managers belong to a partner organisation; the programme side belongs to none."));
    const TeamMember::Role before = member.role;
    member.role = role;
    if (!runFormatted(QStringLiteral("format('REVOKE %I FROM %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(before), name})
        || !runFormatted(QStringLiteral("format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"), {groupOf(role), name})
        || !run(QStringLiteral("UPDATE team_members SET role = ? WHERE name = ?"), {roleName(role), name}) || !m_database.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = m_database.describe(m_database.lastError());
        return failed(Outcome::Failed);
    }
    return Result{Outcome::Done, {}, member};
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
                                  roleFromName(query.value(2).toString()).value_or(TeamMember::Role::Rep)});
    return members;
}

} // namespace rd
