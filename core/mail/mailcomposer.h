#pragma once

#include "outbox.h"
#include "referral.h"

#include <QString>

namespace rd {

struct ComposedMail
{
    QString subject;
    QString body;
};

// The words of an outbox message in its recipient's language (message.locale), whatever the
// UI speaks. `referral` is as its status lets anyone see it: an alert about a new referral
// carries the request, never the customer's name or contacts. `partnerName` is the
// organisation the referral belongs to (the customer notice names it), empty when unknown.
ComposedMail composeMail(const OutboxMessage &message, const Referral &referral, const QString &partnerName);

} // namespace rd
