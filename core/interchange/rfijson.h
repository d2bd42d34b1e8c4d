#pragma once

#include "jsonnode.h"
#include "referral.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// A customer's request for information as Find a partner sends it: `customerProfile`,
// `consent` and `details` as in Partner Center's referral resource, an optional `name`, and
// `profiles`, the ids of the business profiles it goes to.
struct RfiRequest
{
    Referral referral; // the request as each chosen profile receives it, without ids yet
    QStringList profileIds;
};

struct ParsedRfi
{
    std::optional<RfiRequest> request;
    QString error; // a translated sentence naming the field, when request is empty
};

ParsedRfi parseRfi(const JsonNode &record, const QDateTime &now);

} // namespace rd
