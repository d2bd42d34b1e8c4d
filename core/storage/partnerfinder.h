#pragma once

#include "businessprofile.h"
#include "partnerranking.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd {

class Database;

struct FoundPartner
{
    BusinessProfile profile;
    PartnerRecord record;
    PartnerMatch match;
};

// Find a partner over the stored profiles: the candidates of the customer's country, each
// weighed by rankPartner() with its partner's history counted in SQL.
class PartnerFinder
{
public:
    explicit PartnerFinder(Database &database);

    // The best `limit` matches for `search` at `now`, best first (ties by profile id).
    QList<FoundPartner> find(const PartnerSearch &search, const QDateTime &now, int limit);
    // What the partner's history says for `search`: responsiveness over the kHistoryDays before
    // `now`, choosiness over its similar deals. Samples are made up and never count.
    PartnerRecord recordOf(const QString &partnerId, const PartnerSearch &search, const QDateTime &now);

    static constexpr qint64 kHistoryDays = 90;

    QString lastError() const { return m_lastError; }

private:
    std::optional<qint64> medianFirstAnswer(const QString &partnerId, qint64 since, qint64 until, int answered);

    Database &m_database;
    QString m_lastError;
};

} // namespace rd
