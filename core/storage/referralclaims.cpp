// ReferralStore::claim: who on the team is handling a referral.
#include "referralstore.h"

#include "database.h"
#include "referralwriter.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

std::optional<bool> ReferralStore::mayReassign(const QString &actor) const
{
    // Read past nothing: on a server a member sees their own row (team_members' policy).
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT role FROM team_members WHERE name = ?"));
    query.addBindValue(actor);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    return !query.next() || query.value(0).toString() != QLatin1String("rep");
}

std::optional<bool> ReferralStore::isColleague(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM team_members WHERE name = ?) "
                                 "OR NOT EXISTS (SELECT 1 FROM team_members) THEN 1 ELSE 0 END"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt() == 1;
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
    const std::optional<bool> manager = mayReassign(actor);
    if (!manager) {
        m_database.rollback();
        outcome.message = m_lastError;
        return outcome;
    }
    const ClaimDecision decision = decideClaim(*referral, request, actor, *manager, now);
    if (!decision.allowed())
        return refuse(decision.refusal, decision.message);
    if (request.change == ClaimRequest::Change::Reassign) {
        const std::optional<bool> colleague = isColleague(request.to.trimmed());
        if (!colleague) {
            m_database.rollback();
            outcome.message = m_lastError;
            return outcome;
        }
        if (!*colleague) {
            return refuse(Refusal::InvalidValue,
                          QCoreApplication::translate("ReferralStore", "Nobody called %1 works on this team database.").arg(request.to.trimmed()));
        }
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
