#pragma once

#include "database.h"
#include "outbox.h"
#include "referral.h"
#include "referralstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>

namespace rd {

// A real SQLite file in a fresh temporary folder, with a store over it.
class TestDatabase
{
public:
    // Opened as `session`, as the app opens a database for the person using it.
    explicit TestDatabase(DeadlinePolicy policy = {}, const Session &session = {});
    ~TestDatabase();

    QString path() const;
    Database &database() { return *m_database; }
    ReferralStore &store() { return *m_store; }
    Outbox &outbox() { return *m_outbox; }

    // Runs raw SQL against the file, for checks the public interface does not expose.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    bool exec(const QString &sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferralStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
};

QDateTime utc(const char *iso);

// A new referral with every customer field filled, received at `receivedAt`.
Referral sampleReferral(const QString &id, const QDateTime &receivedAt, Status status = Status::New);

// A request for `action` that carries every value an action could need (an estimate or final
// value, a closing date, a reason): each action takes what it needs, so that only the rules
// decide. Without a value or a date it carries a reason alone.
ActionRequest requestFor(Action action, const QString &reason, const std::optional<Money> &value = std::nullopt,
                         const QDate &closingDate = {});

// Stores `referral` through the store and fails the current test if that did not work.
void storeReferral(ReferralStore &store, const Referral &referral, const QDateTime &now);

} // namespace rd
