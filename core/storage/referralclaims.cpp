// ReferralStore::claim: who on the team is handling a referral.
#include "referralstore.h"

#include "database.h"
#include "referralwriter.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

std::optional<QString> ReferralStore::teamRoleOf(const QString &actor) const
{
    // On a server a member sees their own row (team_members' policy); empty: not a member.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT role FROM team_members WHERE name = ?"));
    query.addBindValue(actor);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<bool> ReferralStore::mayReassign(const QString &actor) const
{
    // The administrator, and the one user of a file, are no member: they may.
    const std::optional<QString> role = teamRoleOf(actor);
    if (!role)
        return std::nullopt;
    return *role != QLatin1String("rep");
}

std::optional<QString> ReferralStore::whyNotHandedTo(const QString &name, const Referral &referral) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM team_members), t.role, t.partner_id, "
                                 "(SELECT COUNT(*) FROM member_regions m WHERE m.member = t.name), "
                                 "(SELECT COUNT(*) FROM member_regions m JOIN business_profiles p ON p.region = m.region "
                                 "WHERE m.member = t.name AND p.id = ?) "
                                 "FROM (SELECT 1 AS one) AS anyone LEFT JOIN team_members t ON t.name = ?"));
    query.addBindValue(referral.profileId);
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    // Where no team is kept (a file, a server without members) a name is all there is.
    if (query.value(0).toInt() == 0)
        return QString();
    if (query.value(1).isNull())
        return QCoreApplication::translate("ReferralStore", "Nobody called %1 is on this team.").arg(name);
    if (query.value(1).toString() == QLatin1String("programme")
        || (!referral.partnerId.isEmpty() && query.value(2).toString() != referral.partnerId))
        return QCoreApplication::translate("ReferralStore", "%1 does not work for the organisation of this referral.").arg(name);
    if (query.value(3).toInt() > 0 && !referral.profileId.isEmpty() && query.value(4).toInt() == 0)
        return QCoreApplication::translate("ReferralStore", "%1 is kept to other regions and can't see this referral. Grant them its region first (user grant %1 --region).").arg(name);
    return QString();
}

ActionOutcome ReferralStore::claim(const QString &id, const ClaimRequest &request, const QDateTime &now, const QString &actor,
                                   std::optional<int> expectedVersion)
{
    ActionOutcome outcome;
    std::optional<Referral> referral = beginChange(id, &outcome);
    if (!referral)
        return outcome;
    const auto refuse = [&](Refusal refusal, const QString &message) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Refused;
        outcome.refusal = refusal;
        outcome.message = message;
        outcome.referral = visibleView(*referral);
        return outcome;
    };
    if (expectedVersion && *expectedVersion != referral->version)
        return refuse(Refusal::Conflict, changedMeanwhile(*referral));
    const std::optional<QString> role = teamRoleOf(actor);
    if (!role) {
        m_database.rollback();
        outcome.message = m_lastError;
        return outcome;
    }
    if (*role == QLatin1String("programme")) {
        return refuse(Refusal::NotAllowed, QCoreApplication::translate("ReferralStore", "The programme side routes referrals; a rep of the organisation claims and handles them."));
    }
    const ClaimDecision decision = decideClaim(*referral, request, actor, *role != QLatin1String("rep"), now);
    if (!decision.allowed())
        return refuse(decision.refusal, decision.message);
    if (request.change == ClaimRequest::Change::Reassign) {
        const std::optional<QString> problem = whyNotHandedTo(request.to.trimmed(), *referral);
        if (!problem) {
            m_database.rollback();
            outcome.message = m_lastError;
            return outcome;
        }
        if (!problem->isEmpty())
            return refuse(Refusal::InvalidValue, *problem);
    }
    std::optional<ClaimPlan> plan = planClaim(*referral, request, now, actor);
    if (!plan) {
        m_database.rollback();
        outcome.result = ActionOutcome::Result::Applied;
        outcome.referral = visibleView(*referral);
        return outcome;
    }
    ReferralWriter writer(m_database);
    return commitChange(writer, plan->after, plan->entry);
}

} // namespace rd
