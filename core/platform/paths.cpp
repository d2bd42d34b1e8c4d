#include "paths.h"

#include <QStandardPaths>

namespace rd {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/referral-desk/referrals.sqlite");
}

} // namespace rd
