#pragma once

#include "profileadvice.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

class Database;

// A profile change made on advice, as recorded: who, when, what advice, and the list the edit
// changed before and after it.
struct ProfileChangeRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    ProfileAdvice advice;
    QStringList before;
    QStringList after;
};

struct AdviceApplied
{
    enum class Result { Applied, NoLongerApplies, Refused, Failed };
    Result result = Result::Failed;
    QString message; // translated; empty when applied
    std::optional<ProfileChangeRecord> record;
};

// Profile advice over the stored history: the recurring reasons counted in SQL (the rule that
// turns them into advice is the domain's, profileadvice.h), and the advice applied as one
// transaction holding the profile change and its record.
class ProfileAdviceStore
{
public:
    explicit ProfileAdviceStore(Database &database);

    // For each size, industry, product and service of the profile's last kAdviceWindow declined
    // or skipped referrals having it (latest closed first), how many gave each reason. Samples
    // never count: made-up reasons must not change a real profile.
    QList<RecurringReason> recurringReasons(const QString &profileId);
    // adviseProfile() over those counts for the stored profile.
    QList<ProfileAdvice> adviceFor(const QString &profileId);
    AdviceApplied apply(const ProfileAdvice &advice, const QString &actor, const QDateTime &now);
    // The recorded changes of one profile (of all when empty), latest first.
    QList<ProfileChangeRecord> records(const QString &profileId = {});

    QString lastError() const { return m_lastError; }

private:
    bool countTrait(const QString &profileId, ReferralTrait trait, QList<RecurringReason> &reasons);
    std::optional<qint64> record(const ProfileAdvice &advice, const QString &actor, const QDateTime &now,
                                 const QStringList &before, const QStringList &after);

    Database &m_database;
    QString m_lastError;
};

} // namespace rd
