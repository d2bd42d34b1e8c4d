#include "referraljson.h"
#include "testdatabase.h"
#include "visibility.h"

#include <QTest>

using namespace rd;


namespace {

const QDateTime kReceived = utc("2026-05-01T08:00:00Z");

} // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowOnlyWhatTheStatusAllows_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("organisationShown");
        QTest::addColumn<bool>("contactsShown");
        // REFERRALS.md, "What is visible when".
        QTest::newRow("new") << Status::New << false << false;
        QTest::newRow("skipped") << Status::Skipped << false << false;
        QTest::newRow("missed") << Status::Missed << false << false;
        QTest::newRow("evaluating") << Status::Evaluating << true << true;
        QTest::newRow("negotiating") << Status::Negotiating << true << true;
        QTest::newRow("won") << Status::Won << true << true;
        QTest::newRow("lost") << Status::Lost << true << true;
        QTest::newRow("declined") << Status::Declined << true << false;
        QTest::newRow("expired") << Status::Expired << true << false;
    }

    void shouldShowOnlyWhatTheStatusAllows()
    {
        QFETCH(Status, status);
        QFETCH(bool, organisationShown);
        QFETCH(bool, contactsShown);

        TestDatabase db;
        const Referral full = sampleReferral(QStringLiteral("r"), kReceived, status);
        storeReferral(db.store(), full, kReceived);

        const Referral found = *db.store().find(QStringLiteral("r"));
        QCOMPARE(found.status, status);
        QCOMPARE(found.customer.name == full.customer.name, organisationShown);
        QCOMPARE(found.customer.address.line1 == full.customer.address.line1, organisationShown);
        QCOMPARE(found.customer.address.line2 == full.customer.address.line2, organisationShown);
        QCOMPARE(found.customer.contacts == full.customer.contacts, contactsShown);
        if (!organisationShown) {
            QVERIFY(found.customer.name.isEmpty());
            QVERIFY(found.customer.address.line1.isEmpty());
        }
        if (!contactsShown)
            QVERIFY(found.customer.contacts.isEmpty());

        // The RFI overview is always there.
        QCOMPARE(found.customer.size, full.customer.size);
        QCOMPARE(found.customer.address.country, full.customer.address.country);
        QCOMPARE(found.customer.address.city, full.customer.address.city);
        QCOMPARE(found.details, full.details);

        // Pages apply the same rules as single reads.
        const QList<Referral> page = db.store().page(ReferralQuery{}).rows;
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().customer, found.customer);

        // The command line's JSON leaves hidden fields out rather than blank.
        const QJsonObject customer = referralToJson(found).value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.contains(QStringLiteral("name")), organisationShown);
        QCOMPARE(customer.value(QStringLiteral("address")).toObject().contains(QStringLiteral("addressLine1")), organisationShown);
        QCOMPARE(customer.contains(QStringLiteral("contacts")), contactsShown);

        // Hidden is not deleted: the data waits in the file for the status that shows it.
        QCOMPARE(db.scalar(QStringLiteral("SELECT customer_name FROM referrals WHERE id = 'r'")).toString(), full.customer.name);
    }

    void shouldRevealTheCustomerOnceTheRepIsInterested()
    {
        TestDatabase db;
        storeReferral(db.store(), sampleReferral(QStringLiteral("r"), kReceived), kReceived);
        QVERIFY(db.store().find(QStringLiteral("r"))->customer.contacts.isEmpty());

        ActionRequest interested;
        interested.action = Action::Interested;
        const ActionOutcome outcome = db.store().apply(QStringLiteral("r"), interested, kReceived.addSecs(60), QStringLiteral("rep"));
        QCOMPARE(outcome.referral->customer.name, QStringLiteral("한빛 물산"));
        QCOMPARE(outcome.referral->customer.contacts.size(), 1);
        QCOMPARE(outcome.referral->customer.contacts.first().email, QStringLiteral("minji.park@hanbit.example"));
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
