#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace rd {

class Database;

// A person who uses a team database: their PostgreSQL login role, the partner organisation
// whose referrals they work on (none for the programme side), and what they do there.
struct TeamMember
{
    enum class Role { Rep, Manager, Programme };

    QString name;
    QString partnerId; // empty for the programme side
    Role role = Role::Rep;
    // A rep's regions (of their organisation's business profiles): what they triage and whose
    // dashboard they see. None: every region of the organisation. Managers see every region.
    QStringList regions;
};

QString roleName(TeamMember::Role role);                           // "rep", "manager", "programme"
std::optional<TeamMember::Role> roleFromName(const QString &name); // the same names

// The people of a team database on a PostgreSQL server: each gets a login role of their own in
// the group role of what they do, and row-level security keeps them to their organisation's
// rows. Each change is one transaction. Only a role that may create roles (the administrator)
// adds or regrants people.
class TeamAccounts
{
public:
    enum class Outcome { Done, NotTeamDatabase, Invalid, Exists, UnknownPartner, UnknownMember, NotPermitted, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString error; // translated; empty when done
        TeamMember member;
    };

    explicit TeamAccounts(Database &database);

    // `password` empty: none, for servers that trust their Unix socket or the system user.
    Result add(const TeamMember &member, const QString &password);
    // Changes what `name` does (`role`, when given) and grants them `regions` more, or with
    // `everyRegion` lets a rep see every region again.
    Result grant(const QString &name, std::optional<TeamMember::Role> role, QStringList regions = {}, bool everyRegion = false);
    // Takes `regions` away from a rep; never the last one (without any a rep sees every region:
    // that is grant's everyRegion, said on purpose).
    Result revoke(const QString &name, const QStringList &regions);
    // In name order; nullopt with lastError() when the database could not be read.
    std::optional<QList<TeamMember>> members();
    QString lastError() const { return m_lastError; }

private:
    // The transaction of one change: begun, committed, or given up (only when one is open).
    // Keeps why `query` failed, for failed() and lastError().
    void noteFailure(const QSqlQuery &query);
    bool begin();
    bool finish();
    void abandon();
    Result refuse(Outcome outcome, const QString &error);
    Result failed(Outcome fallback);
    bool run(const QString &sql, const QVariantList &bindings = {});
    // CREATE ROLE and GRANT take names, not parameters: the server quotes them with format().
    bool runFormatted(const QString &formatCall, const QVariantList &bindings);
    // Within the transaction: refuses a region for which `partnerId` has no business profile;
    // `regions` becomes the profiles' own spelling of each, once, in order.
    std::optional<Result> checkRegions(const QString &partnerId, QStringList *regions);
    bool addRegions(const QString &name, const QStringList &regions);
    std::optional<QStringList> regionsOf(const QString &name);
    // Starts the transaction of a change to an existing member and reads them; a Result when
    // that ended it (not a team database, no such member, a failure).
    std::optional<Result> beginMemberChange(const QString &name, TeamMember *member);

    Database &m_database;
    QString m_lastError;
    bool m_inTransaction = false;
};

} // namespace rd
