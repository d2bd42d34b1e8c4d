#pragma once

#include "businessprofile.h"
#include "profilestore.h"

#include <QPointer>
#include <QWidget>

namespace rd {

class BusinessProfilesWindow;
class LocationsEditor;
class ProgrammeMenu;
class TaxonomyChecklist;
class WindowFixture;

// The Business profiles window of a WindowFixture's main window, used as a person would: opened
// from the Programme menu, typed into, clicked.
class ProfilesWindowDriver
{
public:
    explicit ProfilesWindowDriver(WindowFixture &fixture);

    // Opens the main window, then this one from its menu, and waits until it is active.
    BusinessProfilesWindow *open();
    BusinessProfilesWindow *window() const { return m_window; }
    ProgrammeMenu *programmeMenu() const;
    // A fresh store on the fixture's database, to read what was stored.
    ProfileStore store() const;

    template<typename Widget>
    Widget *field(const char *name) const
    {
        auto *widget = windowWidget()->findChild<Widget *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    LocationsEditor *locations() const;
    TaxonomyChecklist *checklist(const char *name) const;
    // Makes `id` the current entry of the list and presses Space on it.
    void toggle(const char *list, const QString &id);

    // Through Add partner…, checking that OK waits for an id and a name.
    void addPartner(const QString &id, const QString &name);
    // New profile, then every field typed as typedProfile() holds; not saved.
    void typeNewProfile();
    // Chooses a stored profile in the list and waits until the editor shows it.
    void choose(const QString &profileId);
    // Stores the partner "contoso" and `profiles` through the store, before the window opens.
    void storeProfiles(const QList<BusinessProfile> &profiles);

    // "seoul" of "contoso": one location, one industry.
    static BusinessProfile sampleProfile();
    // What typeNewProfile() types, as the store gives it back.
    static BusinessProfile typedProfile();

private:
    QWidget *windowWidget() const;

    WindowFixture &m_fixture;
    QPointer<BusinessProfilesWindow> m_window;
};

} // namespace rd
