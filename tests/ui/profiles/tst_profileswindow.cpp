#include "businessprofileswindow.h"
#include "locationseditor.h"
#include "profileeditor.h"
#include "profileswindowdriver.h"
#include "profiletree.h"
#include "programmemenu.h"
#include "taxonomychecklist.h"
#include "translations.h"
#include "typing.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");
using Driver = ProfilesWindowDriver;

} // namespace

// The Business profiles window: partners and profiles typed in, checked by the domain's rules
// as they are typed, stored through the profile store, and no edit lost without asking.
class TestProfilesWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<ProfilesWindowDriver> m_profiles;
    QPointer<BusinessProfilesWindow> m_window;

    void open() { m_window = m_profiles->open(); }

    void expectSaveRefusedFor(const QString &reason)
    {
        QVERIFY(!m_window->saveButton()->isEnabled());
        QVERIFY2(m_window->problemText().contains(reason), qPrintable(m_window->problemText()));
        QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_profiles->store().profile(QStringLiteral("seoul")));
    }

    void expectSaveOffered()
    {
        QVERIFY2(m_window->saveButton()->isEnabled(), qPrintable(m_window->problemText()));
        QCOMPARE(m_window->problemText(), QString());
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_profileswindow")); }
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(kNow);
        m_profiles = std::make_unique<ProfilesWindowDriver>(*m_fixture);
    }
    void cleanup()
    {
        m_profiles.reset();
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldOpenFromTheProgrammeMenuBeforeHelp()
    {
        m_fixture->openWindow();
        const QList<QAction *> menus = m_fixture->window()->menuBar()->actions();
        QCOMPARE(menus.at(menus.size() - 2)->menu(), m_fixture->window()->programmeMenu());
        QCOMPARE(m_profiles->programmeMenu()->title(), QStringLiteral("&Programme"));
        QCOMPARE(m_profiles->programmeMenu()->actions().constFirst(), m_profiles->programmeMenu()->businessProfilesAction());
        QCOMPARE(m_profiles->programmeMenu()->businessProfilesAction()->text(), QStringLiteral("&Business profiles…"));

        m_profiles->programmeMenu()->businessProfilesAction()->trigger();
        BusinessProfilesWindow *window = m_profiles->programmeMenu()->businessProfilesWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isWindow());
        QCOMPARE(window->parentWidget(), m_fixture->window());
        QCOMPARE(window->windowTitle(), QStringLiteral("Business profiles"));
        // One at a time: asked again, the open one comes forward.
        m_profiles->programmeMenu()->businessProfilesAction()->trigger();
        QCOMPARE(m_fixture->window()->findChildren<BusinessProfilesWindow *>().size(), 1);

        // The real catalogue, as View > Language switches it.
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QTRY_COMPARE(m_profiles->programmeMenu()->title(), QStringLiteral("프로그램(&P)"));
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("비즈니스 프로필"));
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(m_profiles->programmeMenu()->title(), QStringLiteral("&Programme"));

        window->close();
        QTRY_VERIFY(!m_profiles->programmeMenu()->businessProfilesWindow());
    }

    void shouldAddAPartnerAndStoreAProfileAsTyped()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        QCOMPARE(m_profiles->store().partners().size(), 1);
        QCOMPARE(m_profiles->store().partners().at(0).name, QStringLiteral("Contoso Korea"));
        QVERIFY(m_window->tree()->partnerItem(QStringLiteral("contoso")));

        m_profiles->typeNewProfile();
        QCOMPARE(m_profiles->field<QComboBox>("partner")->currentData().toString(), QStringLiteral("contoso"));
        expectSaveOffered();
        QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_window->statusText(), QStringLiteral("Business profile added."));
        QCOMPARE(m_profiles->store().profile(QStringLiteral("seoul")), std::optional<BusinessProfile>(Driver::typedProfile()));

        // Stored, it is in the list under its partner, and its id is fixed.
        QTreeWidgetItem *row = m_window->tree()->profileItem(QStringLiteral("seoul"));
        QVERIFY(row);
        QCOMPARE(ProfileTree::partnerIdOf(row->parent()), QStringLiteral("contoso"));
        QCOMPARE(row->text(1), QStringLiteral("Korea"));
        QCOMPARE(m_window->tree()->currentItem(), row);
        QVERIFY(m_profiles->field<QLineEdit>("profileId")->isReadOnly());
        QVERIFY(!m_window->hasUnsavedChanges());
        QVERIFY(!m_window->saveButton()->isEnabled());
    }

    void shouldRefuseAnAddressMailCannotGoTo()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        m_profiles->typeNewProfile();
        retypeText(m_profiles->field<QLineEdit>("contactEmail"), QStringLiteral("minji@contoso"));
        expectSaveRefusedFor(QStringLiteral("e-mail address \"minji@contoso\""));
        typeText(m_profiles->field<QLineEdit>("contactEmail"), QStringLiteral(".co.kr"));
        expectSaveOffered();
    }

    void shouldRefuseAProfileWithoutALocation()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        m_profiles->typeNewProfile();
        QTest::mouseClick(m_profiles->locations()->removeButton(1), Qt::LeftButton);
        QCOMPARE(m_profiles->locations()->cityEdit(0)->text(), QStringLiteral("서울"));
        expectSaveOffered();
        QTest::mouseClick(m_profiles->locations()->removeButton(0), Qt::LeftButton);
        QCOMPARE(m_profiles->locations()->rowCount(), 0);
        expectSaveRefusedFor(QStringLiteral("at least one location"));
        QTest::mouseClick(m_profiles->locations()->addButton(), Qt::LeftButton);
        typeText(m_profiles->locations()->cityEdit(0), QStringLiteral("Busan"));
        QVERIFY(!m_window->saveButton()->isEnabled());
        typeText(m_profiles->locations()->countryEdit(0), QStringLiteral("KR"));
        expectSaveOffered();
    }

    void shouldRefuseADescriptionOverItsLimit()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        m_profiles->typeNewProfile();
        auto *description = m_profiles->field<QPlainTextEdit>("description");
        description->selectAll();
        QTest::keyClick(description, Qt::Key_Backspace);
        typeText(description, QString(kMaxProfileDescriptionLength, QLatin1Char('x')));
        QCOMPARE(m_profiles->field<QLabel>("descriptionCounter")->text(), QStringLiteral("2500 / 2500"));
        expectSaveOffered();
        typeText(description, QStringLiteral("y"));
        QCOMPARE(m_profiles->field<QLabel>("descriptionCounter")->text(), QStringLiteral("2501 / 2500"));
        expectSaveRefusedFor(QStringLiteral("longer than 2500 characters"));
        QTest::keyClick(description, Qt::Key_Backspace);
        expectSaveOffered();
    }

    void shouldReplaceAnEditedProfileAndPauseIt()
    {
        BusinessProfile other = Driver::sampleProfile();
        other.id = QStringLiteral("busan");
        m_profiles->storeProfiles({Driver::sampleProfile(), other});
        open();
        m_profiles->choose(QStringLiteral("seoul"));
        QCOMPARE(m_profiles->field<QLineEdit>("contactEmail")->text(), QStringLiteral("minji@contoso.co.kr"));
        QVERIFY(m_profiles->field<QLineEdit>("profileId")->isReadOnly());
        QVERIFY(!m_window->saveButton()->isEnabled());

        retypeText(m_profiles->field<QLineEdit>("contactEmail"), QStringLiteral("alerts@contoso.co.kr"));
        QTest::keyClick(m_profiles->field<QCheckBox>("active"), Qt::Key_Space);
        QVERIFY(m_window->hasUnsavedChanges());
        QTest::mouseClick(m_window->saveButton(), Qt::LeftButton);
        QCOMPARE(m_window->statusText(), QStringLiteral("Business profile saved."));

        BusinessProfile expected = Driver::sampleProfile();
        expected.contact.email = QStringLiteral("alerts@contoso.co.kr");
        expected.active = false;
        QCOMPARE(m_profiles->store().profile(QStringLiteral("seoul")), std::optional<BusinessProfile>(expected));
        QCOMPARE(m_profiles->store().profiles().size(), 2);
        QCOMPARE(m_window->tree()->profileItem(QStringLiteral("seoul"))->text(2), QStringLiteral("Paused"));
        QCOMPARE(m_window->tree()->profileItem(QStringLiteral("busan"))->text(2), QString());

        QTest::keyClick(m_profiles->field<QCheckBox>("active"), Qt::Key_Space);
        QTest::mouseClick(m_window->saveButton(), Qt::LeftButton);
        QVERIFY(m_profiles->store().profile(QStringLiteral("seoul"))->active);
        QCOMPARE(m_window->tree()->profileItem(QStringLiteral("seoul"))->text(2), QString());
    }

    void shouldNotAddASixthLocation()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        QTest::mouseClick(m_window->newButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->locations()->rowCount(), 1);
        // Alt+O clicks Add location as a button's mnemonic does: a moment later.
        QTest::keyClick(m_window, Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(m_profiles->locations()->rowCount(), 2);
        for (int row = 2; row < kMaxProfileLocations; ++row) {
            QVERIFY(m_profiles->locations()->addButton()->isEnabled());
            QTest::mouseClick(m_profiles->locations()->addButton(), Qt::LeftButton);
        }
        QCOMPARE(m_profiles->locations()->rowCount(), kMaxProfileLocations);
        QVERIFY(!m_profiles->locations()->addButton()->isEnabled());
        QTest::mouseClick(m_profiles->locations()->addButton(), Qt::LeftButton);
        QTest::keyClick(m_window, Qt::Key_O, Qt::AltModifier);
        QTest::qWait(300);
        QVERIFY(!m_profiles->locations()->addRow());
        QCOMPARE(m_profiles->locations()->rowCount(), kMaxProfileLocations);
        QTest::mouseClick(m_profiles->locations()->removeButton(2), Qt::LeftButton);
        QVERIFY(m_profiles->locations()->addButton()->isEnabled());
    }

    void shouldAskBeforeDroppingEditsForAnotherProfile()
    {
        BusinessProfile other = Driver::sampleProfile();
        other.id = QStringLiteral("busan");
        other.region = QStringLiteral("Gyeongsang");
        m_profiles->storeProfiles({Driver::sampleProfile(), other});
        open();
        m_profiles->choose(QStringLiteral("seoul"));
        retypeText(m_profiles->field<QLineEdit>("region"), QStringLiteral("Seoul Capital Area"));

        // Cancel: the edits and the choice in the list stay.
        auto answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Cancel);
        m_window->tree()->setCurrentItem(m_window->tree()->profileItem(QStringLiteral("busan")));
        QTRY_VERIFY(answer->asked);
        QCOMPARE(answer->text, QStringLiteral("This business profile has changes that are not saved."));
        QVERIFY(answer->offered.testFlag(QMessageBox::Save));
        QTRY_COMPARE(m_window->tree()->currentItem(), m_window->tree()->profileItem(QStringLiteral("seoul")));
        QCOMPARE(m_window->storedProfileId(), QStringLiteral("seoul"));
        QCOMPARE(m_profiles->field<QLineEdit>("region")->text(), QStringLiteral("Seoul Capital Area"));

        // Discard: the other profile shows, the first is as stored.
        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Discard);
        m_window->tree()->setCurrentItem(m_window->tree()->profileItem(QStringLiteral("busan")));
        QTRY_COMPARE(m_window->storedProfileId(), QStringLiteral("busan"));
        QVERIFY(answer->asked);
        QCOMPARE(m_profiles->field<QLineEdit>("region")->text(), QStringLiteral("Gyeongsang"));
        QCOMPARE(m_profiles->store().profile(QStringLiteral("seoul"))->region, QStringLiteral("Korea"));

        // Save: stored, then the other one shows.
        retypeText(m_profiles->field<QLineEdit>("region"), QStringLiteral("Yeongnam"));
        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Save);
        m_window->tree()->setCurrentItem(m_window->tree()->profileItem(QStringLiteral("seoul")));
        QTRY_COMPARE(m_window->storedProfileId(), QStringLiteral("seoul"));
        QCOMPARE(m_profiles->store().profile(QStringLiteral("busan"))->region, QStringLiteral("Yeongnam"));
        QCOMPARE(m_window->tree()->currentItem(), m_window->tree()->profileItem(QStringLiteral("seoul")));

        // Nothing typed, nothing asked.
        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Cancel);
        m_window->tree()->setCurrentItem(m_window->tree()->profileItem(QStringLiteral("busan")));
        QTRY_COMPARE(m_window->storedProfileId(), QStringLiteral("busan"));
        QTest::qWait(50);
        QVERIFY(!answer->asked);
    }

    void shouldAskBeforeClosingWithEditsAndOfferNoSaveWhileTheyHaveProblems()
    {
        m_profiles->storeProfiles({Driver::sampleProfile()});
        open();
        m_profiles->choose(QStringLiteral("seoul"));
        retypeText(m_profiles->field<QLineEdit>("contactEmail"), QStringLiteral("not an address"));

        auto answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(answer->asked);
        QVERIFY(!answer->offered.testFlag(QMessageBox::Save));
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_profiles->field<QLineEdit>("contactEmail")->text(), QStringLiteral("not an address"));

        // Closing the main window would take the edits with it: it asks too.
        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Cancel);
        QVERIFY(!m_fixture->window()->close());
        QVERIFY(answer->asked);
        QVERIFY(m_fixture->window()->isVisible());

        answer = std::make_unique<MessageBoxAnswer>(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(answer->asked);
        QTRY_VERIFY(!m_window);
        QCOMPARE(m_profiles->store().profile(QStringLiteral("seoul")), std::optional<BusinessProfile>(Driver::sampleProfile()));
    }

    void shouldShowWhyTheStoreRefusedAndKeepTheForm()
    {
        open();
        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso Korea"));
        m_profiles->typeNewProfile();
        // Another program removed the partner meanwhile.
        QVERIFY(m_fixture->db().exec(QStringLiteral("DELETE FROM partners WHERE id = 'contoso'")));
        QTest::mouseClick(m_window->saveButton(), Qt::LeftButton);
        QVERIFY2(m_window->problemText().contains(QStringLiteral("no partner with the id \"contoso\"")),
                 qPrintable(m_window->problemText()));
        QVERIFY(!m_profiles->store().profile(QStringLiteral("seoul")));
        QCOMPARE(m_window->editor()->profile(), Driver::typedProfile());
        QVERIFY(m_window->hasUnsavedChanges());

        m_profiles->addPartner(QStringLiteral("contoso"), QStringLiteral("Contoso"));
        QTest::mouseClick(m_window->saveButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->store().profile(QStringLiteral("seoul")), std::optional<BusinessProfile>(Driver::typedProfile()));
    }

    void shouldRevertToTheStoredProfile()
    {
        m_profiles->storeProfiles({Driver::sampleProfile()});
        open();
        m_profiles->choose(QStringLiteral("seoul"));
        QVERIFY(!m_window->revertButton()->isEnabled());
        retypeText(m_profiles->field<QLineEdit>("contactName"), QStringLiteral("박서준"));
        m_profiles->toggle("industries", QStringLiteral("Healthcare"));
        QVERIFY(m_window->revertButton()->isEnabled());
        QTest::mouseClick(m_window->revertButton(), Qt::LeftButton);
        QCOMPARE(m_window->editor()->profile(), Driver::sampleProfile());
        QVERIFY(!m_window->hasUnsavedChanges());
    }

    void shouldNameTaxonomiesInTheUiLanguageAndLabelEveryFieldForTheKeyboard()
    {
        m_profiles->storeProfiles({Driver::sampleProfile()});
        open();
        m_profiles->choose(QStringLiteral("seoul"));
        TaxonomyChecklist *industries = m_profiles->checklist("industries");
        const auto healthcare = [industries]() -> QListWidgetItem * {
            for (int row = 0; row < industries->count(); ++row) {
                if (industries->item(row)->data(Qt::UserRole).toString() == QLatin1String("Healthcare"))
                    return industries->item(row);
            }
            return nullptr;
        };
        QVERIFY(healthcare());
        QCOMPARE(healthcare()->text(), QStringLiteral("Healthcare"));
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QTRY_COMPARE(healthcare()->text(), QStringLiteral("의료"));
        QCOMPARE(healthcare()->checkState(), Qt::Checked);
        QVERIFY(!m_window->hasUnsavedChanges());

        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }

    void shouldRememberWhereTheWindowWas()
    {
        open();
        m_window->resize(900, 640);
        m_window->close();
        QTRY_VERIFY(!m_window);
        m_profiles->programmeMenu()->businessProfilesAction()->trigger();
        QCOMPARE(m_profiles->programmeMenu()->businessProfilesWindow()->size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestProfilesWindow)
#include "tst_profileswindow.moc"
