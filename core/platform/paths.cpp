#include "paths.h"

#include <QStandardPaths>

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/referral-desk/referrals.sqlite");
}
