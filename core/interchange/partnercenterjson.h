#pragma once

#include "referral.h"

#include <QDateTime>
#include "jsonnode.h"
#include <optional>

namespace rd {

// One record of the Partner Center referral resource (REFERRALS.md) read into a Referral.
// Unknown fields are ignored; a field that is there but wrong makes the whole record wrong.
struct ParsedReferral
{
    std::optional<Referral> referral;
    QString id;    // as far as it could be read, for the report
    QString error; // a translated sentence naming the field, when referral is empty
};

// `importedAt` stands in for missing times (createdDateTime, updatedDateTime of a closed
// referral).
ParsedReferral parsePartnerCenterReferral(const JsonNode &record, const QDateTime &importedAt);

// The customer sizes Partner Center uses, without the "employees" suffix some payloads add.
const QStringList &customerSizes();

} // namespace rd
