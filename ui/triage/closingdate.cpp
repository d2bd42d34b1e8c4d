#include "closingdate.h"

#include <QCoreApplication>

namespace rd {

namespace ClosingDate {

bool hasPassed(const Referral &referral, const QDateTime &now, const QTimeZone &zone)
{
    return referral.status == Status::Negotiating && referral.estimate && referral.estimate->closingDate.isValid()
        && referral.estimate->closingDate < now.toTimeZone(zone).date();
}

QString passedMark()
{
    return QCoreApplication::translate("ClosingDate", "closing date passed");
}

} // namespace ClosingDate

} // namespace rd
