#include "notifications.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-03-02T09:00:00Z");
const DeadlinePolicy kPolicy;
const ProfileContact kContact{QStringLiteral("김민지"), QStringLiteral("minji@contoso.example"), QStringLiteral("ko")};

Referral arrived(Status status = Status::New)
{
    Referral referral = sampleReferral(QStringLiteral("r"), kReceived, status);
    referral.statusSince = kReceived;
    referral.deadline = kPolicy.deadlineFor(status, kReceived);
    referral.respondBy = kPolicy.respondByFor(kReceived);
    referral.profileId = QStringLiteral("seoul");
    return referral;
}

Contact contact(const QString &email, const QString &locale, bool disabled = false)
{
    return Contact{QStringLiteral("Minsu"), QStringLiteral("Lee"), email, {}, locale, disabled};
}

QStringList topics(const QList<PlannedMessage> &messages)
{
    QStringList result;
    for (const PlannedMessage &message : messages)
        result.append(message.topic);
    return result;
}

} // namespace

// Who is told what, and when: the rules behind the outbox.
class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteEachMessageInItsRecipientsLanguage_data()
    {
        QTest::addColumn<QString>("culture");
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << "ko" << "ko";
        QTest::newRow("ko-kr") << "ko-kr" << "ko";
        QTest::newRow("ko-KR") << "ko-KR" << "ko";
        QTest::newRow("en-us") << "en-us" << "en";
        QTest::newRow("fr-fr") << "fr-fr" << "en";
        QTest::newRow("none") << "" << "en";
        QTest::newRow("kok (Konkani) is not Korean") << "kok" << "en";
    }

    void shouldWriteEachMessageInItsRecipientsLanguage()
    {
        QFETCH(QString, culture);
        QFETCH(QString, language);
        QCOMPARE(mailLocale(culture), language);
    }

    void shouldTellEachCustomerContactWithAnAddressWhoKeptNotificationsOn()
    {
        Referral referral = arrived();
        referral.customer.contacts = {contact(QStringLiteral("minsu@hanbit.example"), QStringLiteral("ko-kr")),
                                      contact(QStringLiteral("quiet@hanbit.example"), QStringLiteral("en-us"), true),
                                      contact(QString(), QStringLiteral("en-us")),
                                      contact(QStringLiteral("dana@hanbit.example"), QStringLiteral("en-gb"))};
        const QList<Recipient> told = customerRecipients(referral);
        QCOMPARE(told.size(), 2);
        QCOMPARE(told.at(0), (Recipient{QStringLiteral("Minsu Lee"), QStringLiteral("minsu@hanbit.example"), QStringLiteral("ko")}));
        QCOMPARE(told.at(1).email, QStringLiteral("dana@hanbit.example"));
        QCOMPARE(told.at(1).locale, QStringLiteral("en"));
    }

    void shouldTellNoOneWithoutConsentToContact()
    {
        Referral referral = arrived();
        referral.customer.contacts = {contact(QStringLiteral("minsu@hanbit.example"), QStringLiteral("ko-kr"))};
        referral.consentToContact = false;
        QVERIFY(customerRecipients(referral).isEmpty());
        referral.consentToContact = true;
        referral.sample = true; // made up: there is no one to tell
        QVERIFY(customerRecipients(referral).isEmpty());
    }

    void shouldSendTheCustomerNoticesOfADecisionAfterItsGrace()
    {
        Referral referral = arrived();
        referral.customer.contacts = {contact(QStringLiteral("minsu@hanbit.example"), QStringLiteral("ko-kr")),
                                      contact(QStringLiteral("dana@hanbit.example"), QStringLiteral("en"))};
        TransitionPlan plan{referral, {}, CustomerNotice{kReceived, kReceived.addSecs(10)}};
        const QList<PlannedMessage> messages = messagesOnTransition(plan);
        QCOMPARE(messages.size(), 2);
        for (const PlannedMessage &message : messages) {
            QCOMPARE(message.kind, MessageKind::CustomerNotice);
            QCOMPARE(message.notBefore, kReceived.addSecs(10));
        }
        plan.notice.reset(); // an "I'm interested" tells the customer nothing
        QVERIFY(messagesOnTransition(plan).isEmpty());
    }

    void shouldAlertTheRoutedContactOfANewReferralWhileItCanBeAnswered()
    {
        const QList<PlannedMessage> alert = messagesOnArrival(arrived(), kContact, kReceived);
        QCOMPARE(alert.size(), 1);
        QCOMPARE(alert.first().kind, MessageKind::NewReferral);
        QCOMPARE(alert.first().to, (Recipient{kContact.name, kContact.email, QStringLiteral("ko")}));
        QCOMPARE(alert.first().notBefore, kReceived);

        QVERIFY(messagesOnArrival(arrived(), std::nullopt, kReceived).isEmpty());                  // routed nowhere
        QVERIFY(messagesOnArrival(arrived(Status::Negotiating), kContact, kReceived).isEmpty());   // answered already
        QVERIFY(messagesOnArrival(arrived(), kContact, arrived().deadline).isEmpty());            // too late
        Referral sample = arrived();
        sample.sample = true;
        QVERIFY(messagesOnArrival(sample, kContact, kReceived).isEmpty());
    }

    void shouldRemindWhenTheTargetPassesAndFourHoursBeforeTheDeadline()
    {
        const Referral referral = arrived();
        QVERIFY(dueReminders(referral, kContact, referral.respondBy.addMSecs(-1), kPolicy).isEmpty());
        QCOMPARE(topics(dueReminders(referral, kContact, referral.respondBy, kPolicy)), QStringList{kTargetReminder});
        const QDateTime warning = referral.deadline.addSecs(-4 * 3600);
        QCOMPARE(topics(dueReminders(referral, kContact, warning.addMSecs(-1), kPolicy)), QStringList{kTargetReminder});
        QCOMPARE(topics(dueReminders(referral, kContact, warning, kPolicy)), (QStringList{kTargetReminder, kDeadlineReminder}));
        QCOMPARE(dueReminders(referral, kContact, warning, kPolicy).last().notBefore, warning);
        // Exactly at the deadline it is late: archiving, not reminding, is what is owed.
        QVERIFY(dueReminders(referral, kContact, referral.deadline, kPolicy).isEmpty());
        QVERIFY(dueReminders(referral, std::nullopt, warning, kPolicy).isEmpty());
    }

    void shouldRemindAnEvaluatingReferralOfItsDeadlineOnly()
    {
        const Referral referral = arrived(Status::Evaluating);
        const QDateTime warning = referral.deadline.addSecs(-kPolicy.firstWarningSeconds);
        QVERIFY(dueReminders(referral, kContact, warning.addSecs(-1), kPolicy).isEmpty());
        QCOMPARE(topics(dueReminders(referral, kContact, warning, kPolicy)), QStringList{kDeadlineReminder});
        QVERIFY(dueReminders(arrived(Status::Negotiating), kContact, warning, kPolicy).isEmpty());
    }

    void shouldFollowAConfiguredWarning()
    {
        DeadlinePolicy policy;
        policy.firstWarningSeconds = 2 * 3600;
        const Referral referral = arrived(Status::Evaluating);
        QVERIFY(dueReminders(referral, kContact, referral.deadline.addSecs(-3 * 3600), policy).isEmpty());
        QCOMPARE(dueReminders(referral, kContact, referral.deadline.addSecs(-2 * 3600), policy).size(), 1);
    }

    void shouldNameTheKindsAsTheOutboxStoresThem()
    {
        QCOMPARE(messageKindName(MessageKind::NewReferral), QStringLiteral("new-referral"));
        QCOMPARE(messageKindName(MessageKind::CustomerNotice), QStringLiteral("customer-notice"));
        QCOMPARE(messageKindName(MessageKind::Reminder), QStringLiteral("reminder"));
        QCOMPARE(messageKindFromName(QStringLiteral("reminder")), MessageKind::Reminder);
        QVERIFY(!messageKindFromName(QStringLiteral("choose_another_partner")));
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
