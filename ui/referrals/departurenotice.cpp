#include "departurenotice.h"

#include "displaytext.h"

#include <QCoreApplication>

namespace rd {

QString departureNotice(const Referral &before, const std::optional<Referral> &now)
{
    const QString name = DisplayText::referralName(before);
    if (!now)
        return QCoreApplication::translate("DepartureNotice", "“%1” is no longer in the database.").arg(name);
    switch (now->status) {
    case Status::Missed:
        return QCoreApplication::translate("DepartureNotice", "Time ran out for “%1”: it is now in Archived as Missed, and the customer is told to choose another partner.").arg(name);
    case Status::Expired:
        return QCoreApplication::translate("DepartureNotice", "Time ran out for “%1”: it is now in Archived as Expired, and the customer is told to choose another partner.").arg(name);
    case Status::New:
        return QCoreApplication::translate("DepartureNotice", "“%1” was changed elsewhere: it is back in New.").arg(name);
    case Status::Evaluating:
        return QCoreApplication::translate("DepartureNotice", "“%1” was changed elsewhere: it is now in Evaluating.").arg(name);
    case Status::Negotiating:
        return QCoreApplication::translate("DepartureNotice", "“%1” was changed elsewhere: it is now in Negotiating.").arg(name);
    case Status::Won:
    case Status::Lost:
    case Status::Skipped:
    case Status::Declined:
        return QCoreApplication::translate("DepartureNotice", "“%1” was changed elsewhere: it is now in Archived as %2.").arg(name, statusTitle(now->status));
    }
    return {};
}

} // namespace rd
