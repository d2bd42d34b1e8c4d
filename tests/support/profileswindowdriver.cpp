#include "profileswindowdriver.h"

#include "addpartnerdialog.h"
#include "businessprofileswindow.h"
#include "locationseditor.h"
#include "profileeditor.h"
#include "profiletree.h"
#include "programmemenu.h"
#include "taxonomychecklist.h"
#include "typing.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace rd {

ProfilesWindowDriver::ProfilesWindowDriver(WindowFixture &fixture)
    : m_fixture(fixture)
{
}

BusinessProfilesWindow *ProfilesWindowDriver::open()
{
    m_fixture.openWindow();
    programmeMenu()->businessProfilesAction()->trigger();
    m_window = programmeMenu()->businessProfilesWindow();
    if (!m_window || !QTest::qWaitForWindowExposed(m_window))
        qFatal("the business profiles window did not show");
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        qFatal("the business profiles window is not active");
    return m_window;
}

ProgrammeMenu *ProfilesWindowDriver::programmeMenu() const
{
    return qobject_cast<ProgrammeMenu *>(m_fixture.window()->programmeMenu());
}

ProfileStore ProfilesWindowDriver::store() const
{
    return ProfileStore(m_fixture.db().database());
}

QWidget *ProfilesWindowDriver::windowWidget() const
{
    return m_window;
}

LocationsEditor *ProfilesWindowDriver::locations() const
{
    return m_window->editor()->locations();
}

TaxonomyChecklist *ProfilesWindowDriver::checklist(const char *name) const
{
    return field<TaxonomyChecklist>(name);
}

void ProfilesWindowDriver::toggle(const char *list, const QString &id)
{
    TaxonomyChecklist *entries = checklist(list);
    for (int row = 0; row < entries->count(); ++row) {
        if (entries->item(row)->data(Qt::UserRole).toString() == id) {
            entries->setCurrentRow(row);
            QTest::keyClick(entries, Qt::Key_Space);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 has no entry %2").arg(QLatin1String(list), id)));
}

void ProfilesWindowDriver::addPartner(const QString &id, const QString &name)
{
    QTest::mouseClick(m_window->addPartnerButton(), Qt::LeftButton);
    AddPartnerDialog *dialog = m_window->addPartnerDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QStringLiteral("partner id")), qPrintable(dialog->problem()));
    typeText(dialog->idEdit(), id);
    QVERIFY(!dialog->okButton()->isEnabled());
    typeText(dialog->nameEdit(), name);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->addPartnerDialog());
    // A window manager gives the focus back to the window; the offscreen platform does not.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void ProfilesWindowDriver::typeNewProfile()
{
    QTest::mouseClick(m_window->newButton(), Qt::LeftButton);
    QVERIFY(m_window->isEditing());
    typeText(field<QLineEdit>("profileId"), QStringLiteral("seoul"));
    typeText(field<QLineEdit>("region"), QStringLiteral("Korea"));
    typeText(field<QLineEdit>("contactName"), QStringLiteral("김민지"));
    typeText(field<QLineEdit>("contactEmail"), QStringLiteral("minji@contoso.co.kr"));
    QCOMPARE(field<QComboBox>("contactLocale")->currentText(), QStringLiteral("English"));
    QTest::keyClick(field<QComboBox>("contactLocale"), Qt::Key_Up);
    QCOMPARE(field<QComboBox>("contactLocale")->currentText(), QStringLiteral("한국어"));
    QCOMPARE(locations()->rowCount(), 1);
    typeText(locations()->cityEdit(0), QStringLiteral("서울"));
    typeText(locations()->countryEdit(0), QStringLiteral("kr"));
    QTest::mouseClick(locations()->addButton(), Qt::LeftButton);
    typeText(locations()->cityEdit(1), QStringLiteral("Busan"));
    typeText(locations()->countryEdit(1), QStringLiteral("KR"));
    typeText(field<QPlainTextEdit>("description"), QStringLiteral("클라우드 이전 전문"));
    QCOMPARE(field<QLabel>("descriptionCounter")->text(), QStringLiteral("10 / 2500"));
    toggle("industries", QStringLiteral("Healthcare"));
    toggle("industries", QStringLiteral("Education"));
    toggle("products", QStringLiteral("Azure"));
    toggle("services", QStringLiteral("Licensing"));
    typeText(field<QLineEdit>("solutions"), QStringLiteral("Data migration"));
    typeText(field<QLineEdit>("keywords"), QStringLiteral("클라우드, migration"));
    toggle("excludedSizes", QStringLiteral("1to9"));
}

void ProfilesWindowDriver::choose(const QString &profileId)
{
    m_window->tree()->setCurrentItem(m_window->tree()->profileItem(profileId));
    QTRY_COMPARE(m_window->storedProfileId(), profileId);
}

void ProfilesWindowDriver::storeProfiles(const QList<BusinessProfile> &profiles)
{
    ProfileStore profileStore = store();
    QVERIFY(profileStore.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso Korea")}).stored());
    for (const BusinessProfile &profile : profiles)
        QVERIFY(profileStore.setProfile(profile).stored());
}

BusinessProfile ProfilesWindowDriver::sampleProfile()
{
    BusinessProfile profile;
    profile.id = QStringLiteral("seoul");
    profile.partnerId = QStringLiteral("contoso");
    profile.region = QStringLiteral("Korea");
    profile.contact = {QStringLiteral("김민지"), QStringLiteral("minji@contoso.co.kr"), QStringLiteral("ko")};
    profile.locations = {{QStringLiteral("서울"), QStringLiteral("KR")}};
    profile.industries = {QStringLiteral("Healthcare")};
    return profile;
}

BusinessProfile ProfilesWindowDriver::typedProfile()
{
    BusinessProfile profile = sampleProfile();
    // The country typed as "kr" is stored as the code is written.
    profile.locations = {{QStringLiteral("서울"), QStringLiteral("KR")}, {QStringLiteral("Busan"), QStringLiteral("KR")}};
    profile.description = QStringLiteral("클라우드 이전 전문");
    profile.industries = {QStringLiteral("Education"), QStringLiteral("Healthcare")}; // the table's order
    profile.products = {QStringLiteral("Azure")};
    profile.services = {QStringLiteral("Licensing")};
    profile.solutions = {QStringLiteral("Data migration")};
    profile.keywords = {QStringLiteral("클라우드"), QStringLiteral("migration")};
    profile.excludedSizes = {QStringLiteral("1to9")};
    return profile;
}

} // namespace rd
