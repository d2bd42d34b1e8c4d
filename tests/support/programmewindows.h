#pragma once

#include "businessprofile.h"

#include <QList>
#include <functional>

class QAction;
class QWidget;

namespace rd {

class Database;
class ProgrammeMenu;
class WindowFixture;

// The Programme menu of the fixture's main window (open it first).
ProgrammeMenu *programmeMenu(WindowFixture &fixture);
// Triggers `action` as a menu click does and waits until the window `opened()` gives is shown
// and active; fails with qFatal when it never is.
QWidget *openProgrammeWindow(QAction *action, const std::function<QWidget *()> &opened);

// A business profile of `partnerId` with one location, in Seoul for KR, whose contact
// `contactEmail` is told of its referrals in Korean.
BusinessProfile programmeProfile(const QString &id, const QString &partnerId, const QString &country,
                                 const QString &contactEmail);
// Stores them through a ProfileStore on `database`; fails the current test when one is refused.
void storeProgramme(Database &database, const QList<PartnerOrganisation> &partners, const QList<BusinessProfile> &profiles);

} // namespace rd
