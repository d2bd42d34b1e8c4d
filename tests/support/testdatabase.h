#pragma once

#include "database.h"
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
    explicit TestDatabase(DeadlinePolicy policy = {});
    ~TestDatabase();

    QString path() const;
    Database &database() { return *m_database; }
    ReferralStore &store() { return *m_store; }

    // Runs raw SQL against the file, for checks the public interface does not expose.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    bool exec(const QString &sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferralStore> m_store;
};

QDateTime utc(const char *iso);

// A new referral with every customer field filled, received at `receivedAt`.
Referral sampleReferral(const QString &id, const QDateTime &receivedAt, Status status = Status::New);

// Stores `referral` through the store and fails the current test if that did not work.
void storeReferral(ReferralStore &store, const Referral &referral, const QDateTime &now);

} // namespace rd
