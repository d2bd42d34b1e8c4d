#include "programmewindows.h"

#include "profilestore.h"
#include "programmemenu.h"
#include "windowfixture.h"

#include <QAction>
#include <QTest>

namespace rd {

ProgrammeMenu *programmeMenu(WindowFixture &fixture)
{
    auto *menu = qobject_cast<ProgrammeMenu *>(fixture.window()->programmeMenu());
    if (!menu)
        qFatal("the main window has no Programme menu");
    return menu;
}

QWidget *openProgrammeWindow(QAction *action, const std::function<QWidget *()> &opened)
{
    action->trigger();
    QWidget *window = opened();
    if (!window || !QTest::qWaitForWindowExposed(window))
        qFatal("the window of %s did not show", qPrintable(action->objectName()));
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qFatal("the window of %s is not active", qPrintable(action->objectName()));
    return window;
}

BusinessProfile programmeProfile(const QString &id, const QString &partnerId, const QString &country,
                                 const QString &contactEmail)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = partnerId;
    profile.region = country == QLatin1String("KR") ? QStringLiteral("Korea") : country;
    profile.contact = {QStringLiteral("담당자 ") + id, contactEmail, QStringLiteral("ko")};
    profile.locations = {{country == QLatin1String("KR") ? QStringLiteral("서울") : QStringLiteral("Tokyo"), country}};
    return profile;
}

void storeProgramme(Database &database, const QList<PartnerOrganisation> &partners, const QList<BusinessProfile> &profiles)
{
    ProfileStore store(database);
    for (const PartnerOrganisation &partner : partners) {
        const ProfileChange change = store.setPartner(partner);
        QVERIFY2(change.stored(), qPrintable(change.problems.join(QLatin1Char('\n'))));
    }
    for (const BusinessProfile &profile : profiles) {
        const ProfileChange change = store.setProfile(profile);
        QVERIFY2(change.stored(), qPrintable(profile.id + QLatin1String(": ") + change.problems.join(QLatin1Char('\n'))));
    }
}

} // namespace rd
