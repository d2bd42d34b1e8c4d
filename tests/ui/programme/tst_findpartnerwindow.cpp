#include "customerfields.h"
#include "findpartnerwindow.h"
#include "foundpartnermodel.h"
#include "partnersearchform.h"
#include "profilestore.h"
#include "programmemenu.h"
#include "programmewindows.h"
#include "rficontactseditor.h"
#include "rfidialog.h"
#include "taxonomychecklist.h"
#include "translations.h"
#include "typing.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

// A profile in `country` that offers `industries`, `products` and `keywords`.
BusinessProfile expert(const char *id, const char *partner, const char *country, const QStringList &industries,
                       const QStringList &products, const QStringList &keywords, const QString &description = {})
{
    BusinessProfile profile = programmeProfile(QString::fromLatin1(id), QString::fromLatin1(partner), QString::fromLatin1(country),
                                               QStringLiteral("%1@%2.example").arg(QLatin1String(id), QLatin1String(partner)));
    profile.industries = industries;
    profile.products = products;
    profile.keywords = keywords;
    profile.description = description;
    return profile;
}

const QStringList kHealthcare{QStringLiteral("Healthcare")};
const QStringList kAzure{QStringLiteral("Azure")};
const QStringList kCloud{QStringLiteral("클라우드")};

} // namespace

// Find a partner over a real SQLite file: criteria typed as a person would, the search on its
// own thread and connection, the ranking as the finder gives it, and an RFI to the chosen ones.
class TestFindPartnerWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;
    QPointer<FindPartnerWindow> m_window;

    // Everything that could be found matches Healthcare, Azure and 클라우드 to a different degree:
    // seoul all of it, busan the industry and the word (in its description), incheon nothing.
    // The rest would fit perfectly but may not be shown: paused, opted out of the smallest
    // customers, or without a location in Korea.
    void storeProfiles()
    {
        BusinessProfile paused = expert("daegu", "contoso", "KR", kHealthcare, kAzure, kCloud);
        paused.active = false;
        BusinessProfile notForSmallCustomers = expert("gwangju", "fabrikam", "KR", kHealthcare, kAzure, kCloud);
        notForSmallCustomers.excludedSizes = {QStringLiteral("1to50")};
        storeProgramme(m_fixture->db().database(),
                       {{QStringLiteral("contoso"), QStringLiteral("Contoso Korea")},
                        {QStringLiteral("fabrikam"), QStringLiteral("Fabrikam")},
                        {QStringLiteral("northwind"), QStringLiteral("Northwind Traders")}},
                       {expert("seoul", "contoso", "KR", kHealthcare, kAzure, kCloud),
                        expert("busan", "fabrikam", "KR", kHealthcare, {QStringLiteral("SQL")}, {}, QStringLiteral("병원 클라우드 이전")),
                        expert("incheon", "northwind", "KR", {QStringLiteral("Retail")}, {QStringLiteral("Windows")}, {}),
                        paused, notForSmallCustomers, expert("tokyo", "northwind", "JP", kHealthcare, kAzure, kCloud)});
    }

    void open()
    {
        storeProfiles();
        m_fixture->openWindow();
        ProgrammeMenu *menu = programmeMenu(*m_fixture);
        m_window = qobject_cast<FindPartnerWindow *>(
            openProgrammeWindow(menu->findPartnerAction(), [menu] { return menu->findPartnerWindow(); }));
    }

    QStringList resultIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_window->model()->rowCount(); ++row)
            ids.append(m_window->model()->found(row).profile.id);
        return ids;
    }

    QString cell(int row, int column) const
    {
        return m_window->model()->index(row, column).data().toString();
    }

    void toggle(const char *list, const QString &id)
    {
        TaxonomyChecklist *entries = m_window->form()->checklist(QString::fromLatin1(list));
        for (int row = 0; row < entries->count(); ++row) {
            if (entries->item(row)->data(Qt::UserRole).toString() == id) {
                entries->setCurrentRow(row);
                QTest::keyClick(entries, Qt::Key_Space);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 has no entry %2").arg(QLatin1String(list), id)));
    }

    // The size combo's entries are Any size, then the sizes in the table's order: 1to9, 1to50…
    void chooseSize(int downPresses)
    {
        QComboBox *size = m_window->form()->size();
        size->setFocus();
        for (int press = 0; press < downPresses; ++press)
            QTest::keyClick(size, Qt::Key_Down);
    }

    // Healthcare, Azure and 클라우드 from a Korean customer of 1 to 50 employees.
    void typeCriteria()
    {
        if (m_window->form()->country()->code().isEmpty())
            typeText(m_window->form()->country()->lineEdit(), QStringLiteral("kr"));
        toggle("industries", QStringLiteral("Healthcare"));
        toggle("products", QStringLiteral("Azure"));
        typeText(m_window->form()->keywords(), QStringLiteral("클라우드"));
        chooseSize(2);
        QCOMPARE(m_window->form()->size()->sizeId(), QStringLiteral("1to50"));
    }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTableView *view = m_window->results();
        const QRect rect = view->visualRect(m_window->model()->index(row, FoundPartnerModel::Partner));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    RfiDialog *openRfiDialog()
    {
        clickRow(0);
        clickRow(1, Qt::ControlModifier);
        if (m_window->selectedProfileIds() != QStringList{QStringLiteral("seoul"), QStringLiteral("busan")})
            qFatal("the two best results are not selected");
        if (!m_window->sendRfiButton()->isEnabled())
            qFatal("Send RFI is not offered for two results");
        QTest::mouseClick(m_window->sendRfiButton(), Qt::LeftButton);
        RfiDialog *dialog = m_window->rfiDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            qFatal("the RFI dialog did not open");
        return dialog;
    }

    // Everything but the e-mail address, as the customer gives it on the phone.
    void typeCustomerWithoutEmail(RfiDialog *dialog)
    {
        typeText(dialog->organisation(), QStringLiteral("한빛병원"));
        typeText(dialog->city(), QStringLiteral("서울"));
        typeText(dialog->contacts()->firstNameEdit(0), QStringLiteral("지훈"));
        typeText(dialog->contacts()->lastNameEdit(0), QStringLiteral("이"));
        dialog->consent()->setFocus();
        QTest::keyClick(dialog->consent(), Qt::Key_Space);
        typeText(dialog->notes(), QStringLiteral("Migrate patient records to Azure"));
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_findpartnerwindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldOpenOnceFromTheProgrammeMenuAndSpeakTheUiLanguage()
    {
        m_fixture->openWindow();
        ProgrammeMenu *menu = programmeMenu(*m_fixture);
        QVERIFY(menu->actions().contains(menu->findPartnerAction()));
        QCOMPARE(menu->findPartnerAction()->text(), QStringLiteral("&Find a partner…"));
        menu->findPartnerAction()->trigger();
        FindPartnerWindow *window = menu->findPartnerWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isWindow());
        QCOMPARE(window->parentWidget(), m_fixture->window());
        QCOMPARE(window->windowTitle(), QStringLiteral("Find a partner"));
        menu->findPartnerAction()->trigger();
        QCOMPARE(m_fixture->window()->findChildren<FindPartnerWindow *>().size(), 1);
        QVERIFY2(window->searchState().contains(QStringLiteral("two letters")), qPrintable(window->searchState()));

        // The real catalogue, as View > Language switches it.
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QTRY_COMPARE(menu->findPartnerAction()->text(), QStringLiteral("파트너 찾기(&F)…"));
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("파트너 찾기"));
        QCOMPARE(window->model()->headerData(FoundPartnerModel::Fit, Qt::Horizontal).toString(), QStringLiteral("적합도"));
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Find a partner"));
    }

    void shouldRankTheProfilesThatMayServeTheCustomerBestFirst()
    {
        open();
        typeText(m_window->form()->country()->lineEdit(), QStringLiteral("kr"));
        // Before any size is said, the profile that opted out of small customers is shown.
        QTRY_VERIFY(resultIds().contains(QStringLiteral("gwangju")));
        typeCriteria();
        QTRY_COMPARE(resultIds(), (QStringList{QStringLiteral("seoul"), QStringLiteral("busan"), QStringLiteral("incheon")}));
        QVERIFY(!m_window->isSearching());
        // No history yet: responsiveness and choosiness are neutral, the fit decides.
        QCOMPARE(cell(0, FoundPartnerModel::Rank), QStringLiteral("1"));
        QCOMPARE(cell(0, FoundPartnerModel::Profile), QStringLiteral("seoul (Korea)"));
        QCOMPARE(cell(0, FoundPartnerModel::Partner), QStringLiteral("Contoso Korea"));
        QCOMPARE(cell(0, FoundPartnerModel::Score), QStringLiteral("80%"));
        QCOMPARE(cell(0, FoundPartnerModel::Fit), QStringLiteral("100%"));
        QCOMPARE(cell(0, FoundPartnerModel::Responsiveness), QStringLiteral("50%"));
        QCOMPARE(cell(0, FoundPartnerModel::Choosiness), QStringLiteral("50%"));
        QCOMPARE(cell(1, FoundPartnerModel::Fit), QStringLiteral("67%"));
        QCOMPARE(cell(1, FoundPartnerModel::Partner), QStringLiteral("Fabrikam"));
        QCOMPARE(cell(2, FoundPartnerModel::Score), QStringLiteral("20%"));
        const QString why = m_window->model()->index(0, FoundPartnerModel::Score).data(Qt::ToolTipRole).toString();
        QVERIFY(!why.isEmpty());
        QCOMPARE(cell(0, FoundPartnerModel::Explanation), why);

        // The latest criteria win, however fast they change.
        retypeText(m_window->form()->country()->lineEdit(), QStringLiteral("JP"));
        QTRY_COMPARE(resultIds(), QStringList{QStringLiteral("tokyo")});
        retypeText(m_window->form()->country()->lineEdit(), QStringLiteral("K"));
        QTRY_COMPARE(resultIds(), QStringList());
        QVERIFY2(m_window->searchState().contains(QStringLiteral("not a country code")), qPrintable(m_window->searchState()));
        typeText(m_window->form()->country()->lineEdit(), QStringLiteral("R"));
        QTRY_COMPARE(resultIds(), (QStringList{QStringLiteral("seoul"), QStringLiteral("busan"), QStringLiteral("incheon")}));
    }

    void shouldShowOnlyTheAnswerToTheLatestCriteria()
    {
        open();
        QSignalSpy shown(m_window.data(), &FindPartnerWindow::searched);
        typeText(m_window->form()->country()->lineEdit(), QStringLiteral("KR"));
        m_window->searchNow();
        // Asked again before the first answer is back: that answer is for criteria gone by.
        retypeText(m_window->form()->country()->lineEdit(), QStringLiteral("JP"));
        m_window->searchNow();
        QTRY_VERIFY(!m_window->isSearching());
        QCOMPARE(resultIds(), QStringList{QStringLiteral("tokyo")});
        QCOMPARE(shown.size(), 1);
    }

    void shouldSearchAtOnceOnEnter()
    {
        open();
        typeText(m_window->form()->country()->lineEdit(), QStringLiteral("KR"));
        QTest::keyClick(m_window->form()->country()->lineEdit(), Qt::Key_Return);
        // Enter does not wait for the typing to pause: the answer is asked for already.
        QVERIFY(m_window->isSearching());
        QTRY_COMPARE(resultIds().size(), 4);
    }

    void shouldSendAnRfiToTheChosenPartnersAsOneEngagement()
    {
        open();
        typeCriteria();
        QTRY_COMPARE(resultIds(), (QStringList{QStringLiteral("seoul"), QStringLiteral("busan"), QStringLiteral("incheon")}));
        QVERIFY(!m_window->sendRfiButton()->isEnabled());
        RfiDialog *dialog = openRfiDialog();
        QCOMPARE(dialog->country()->code(), QStringLiteral("KR"));
        QCOMPARE(dialog->size()->sizeId(), QStringLiteral("1to50"));
        QVERIFY(!dialog->okButton()->isEnabled());

        typeCustomerWithoutEmail(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problems(), QStringList{QStringLiteral("Contact 1 needs an e-mail address, so that a partner can answer.")});
        QCOMPARE(dialog->problemText(), dialog->problems().constFirst());
        typeText(dialog->contacts()->emailEdit(0), QStringLiteral("jihoon@hanbit"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("jihoon@hanbit")), qPrintable(dialog->problemText()));
        typeText(dialog->contacts()->emailEdit(0), QStringLiteral(".example"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->rfiDialog());

        ReferralQuery query;
        query.tab = Tab::New;
        const QList<Referral> referrals = m_fixture->store().page(query).rows;
        QCOMPARE(referrals.size(), 2);
        const QString engagement = referrals.at(0).engagementId;
        QVERIFY(!engagement.isEmpty());
        QVERIFY2(m_window->statusText().contains(engagement), qPrintable(m_window->statusText()));
        QHash<QString, QString> alertedByProfile;
        for (const Referral &referral : referrals) {
            QCOMPARE(referral.engagementId, engagement);
            QCOMPARE(referral.status, Status::New);
            QVERIFY(m_window->statusText().contains(referral.id));
            // What the customer searched for is what the partners are asked about.
            QCOMPARE(referral.details.requirements.industries, QStringList{QStringLiteral("Healthcare")});
            QCOMPARE(referral.details.requirements.products, QStringList{QStringLiteral("Azure")});
            QCOMPARE(referral.details.notes, QStringLiteral("Migrate patient records to Azure"));
            // New: the customer is hidden from the partners until one is interested.
            QCOMPARE(referral.customer.name, QString());
            const QList<OutboxMessage> messages = m_fixture->db().outbox().list(referral.id);
            QCOMPARE(messages.size(), 1);
            QCOMPARE(messages.at(0).kind, QStringLiteral("new-referral"));
            alertedByProfile.insert(referral.profileId, messages.at(0).recipient);
        }
        QCOMPARE(alertedByProfile, (QHash<QString, QString>{{QStringLiteral("seoul"), QStringLiteral("seoul@contoso.example")},
                                                            {QStringLiteral("busan"), QStringLiteral("busan@fabrikam.example")}}));
        // The customer as typed, consent and contact included, is stored for when it may be seen.
        QCOMPARE(m_fixture->db().scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE engagement_id = ? AND customer_name = ?"),
                                        {engagement, QStringLiteral("한빛병원")}).toInt(), 2);
    }

    void shouldKeepWhatWasTypedWhenTheRfiIsRefused()
    {
        open();
        typeCriteria();
        QTRY_COMPARE(resultIds().size(), 3);
        RfiDialog *dialog = openRfiDialog();
        typeCustomerWithoutEmail(dialog);
        typeText(dialog->contacts()->emailEdit(0), QStringLiteral("jihoon@hanbit.example"));
        QVERIFY(dialog->okButton()->isEnabled());
        // busan is paused while the customer talks: the RFI reaches no one.
        BusinessProfile busan = *ProfileStore(m_fixture->db().database()).profile(QStringLiteral("busan"));
        busan.active = false;
        QVERIFY(ProfileStore(m_fixture->db().database()).setProfile(busan).stored());

        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_window->rfiDialog(), dialog);
        QVERIFY2(dialog->problemText().contains(QStringLiteral("busan")) && dialog->problemText().contains(QStringLiteral("paused")),
                 qPrintable(dialog->problemText()));
        QCOMPARE(dialog->organisation()->text(), QStringLiteral("한빛병원"));
        QCOMPARE(dialog->contacts()->emailEdit(0)->text(), QStringLiteral("jihoon@hanbit.example"));
        ReferralQuery query;
        query.tab = Tab::New;
        QCOMPARE(m_fixture->store().page(query).rows.size(), 0);
        QCOMPARE(m_fixture->db().scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
    }

    void shouldOfferAnRfiToOneToFivePartners()
    {
        open();
        typeText(m_window->form()->country()->lineEdit(), QStringLiteral("KR"));
        QTRY_COMPARE(resultIds().size(), 4);
        QVERIFY(!m_window->sendRfiButton()->isEnabled());
        clickRow(2);
        QVERIFY(m_window->sendRfiButton()->isEnabled());
        // A second profile shows up (stored by another program): the choice survives the new search.
        const QString chosen = m_window->selectedProfileIds().constFirst();
        BusinessProfile another = programmeProfile(QStringLiteral("suwon"), QStringLiteral("contoso"), QStringLiteral("KR"), QStringLiteral("suwon@contoso.example"));
        storeProgramme(m_fixture->db().database(), {}, {another});
        m_window->searchNow();
        QTRY_COMPARE(resultIds().size(), 5);
        QCOMPARE(m_window->selectedProfileIds(), QStringList{chosen});
        BusinessProfile sixth = programmeProfile(QStringLiteral("ulsan"), QStringLiteral("northwind"), QStringLiteral("KR"), QStringLiteral("ulsan@northwind.example"));
        storeProgramme(m_fixture->db().database(), {}, {sixth});
        m_window->searchNow();
        QTRY_COMPARE(resultIds().size(), 6);
        m_window->results()->selectAll();
        QVERIFY(!m_window->sendRfiButton()->isEnabled());
        clickRow(0);
        for (int row = 1; row < 5; ++row)
            clickRow(row, Qt::ControlModifier);
        QCOMPARE(m_window->selectedProfileIds().size(), kMaxRfiProfiles);
        QVERIFY(m_window->sendRfiButton()->isEnabled());
    }

    void shouldRememberWhereTheWindowWas()
    {
        open();
        m_window->resize(960, 600);
        m_window->close();
        QTRY_VERIFY(!m_window);
        programmeMenu(*m_fixture)->findPartnerAction()->trigger();
        QCOMPARE(programmeMenu(*m_fixture)->findPartnerWindow()->size(), QSize(960, 600));
    }
};

QTEST_MAIN(TestFindPartnerWindow)
#include "tst_findpartnerwindow.moc"
