#include "notifications.h"
#include "outbox.h"
#include "profilestore.h"
#include "referralimporter.h"
#include "testdatabase.h"
#include "undo.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-07-01T09:00:00Z");
const QString kDana = QStringLiteral("dana");

BusinessProfile profileIn(const QString &id, const QString &country, const QString &email, bool active = true)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = QStringLiteral("contoso");
    profile.region = id;
    profile.active = active;
    profile.contact = ProfileContact{QStringLiteral("Contact ") + id, email, QStringLiteral("ko")};
    profile.locations = {ProfileLocation{QStringLiteral("City"), country}};
    return profile;
}

// The database's own organisation with a profile in Korea, a paused one in Japan and one in the US.
void addOwnProfiles(TestDatabase &db)
{
    ProfileStore profiles(db.database());
    QVERIFY(profiles.setPartner({QStringLiteral("contoso"), QStringLiteral("Contoso")}).stored());
    QVERIFY(profiles.setPartner({QStringLiteral("fabrikam"), QStringLiteral("Fabrikam")}).stored());
    QCOMPARE(profiles.ownPartner(), QStringLiteral("contoso")); // the first one stored
    for (const BusinessProfile &profile : {profileIn(QStringLiteral("seoul"), QStringLiteral("KR"), QStringLiteral("seoul@contoso.example")),
                                           profileIn(QStringLiteral("tokyo"), QStringLiteral("JP"), QStringLiteral("tokyo@contoso.example"), false),
                                           profileIn(QStringLiteral("austin"), QStringLiteral("US"), QStringLiteral("austin@contoso.example"))})
        QVERIFY(profiles.setProfile(profile).stored());
}

QByteArray referralJson(const QString &id, const QString &country, const QByteArray &consent = "true")
{
    return QStringLiteral(R"({"id": "%1", "createdDateTime": "2026-07-01T09:00:00Z",
        "customerProfile": {"name": "Hanbit", "address": {"country": "%2"}, "team": [
            {"firstName": "Minsu", "lastName": "Lee", "email": "minsu@hanbit.example", "contactPreference": {"locale": "ko-kr"}},
            {"firstName": "Dana", "email": "dana@hanbit.example", "contactPreference": {"locale": "en-us"}},
            {"firstName": "Quiet", "email": "quiet@hanbit.example", "contactPreference": {"disableNotifications": true}}]},
        "consent": {"consentToContact": %3}})")
        .arg(id, country, QString::fromLatin1(consent))
        .toUtf8();
}

void import(TestDatabase &db, const QByteArray &json)
{
    ReferralImporter importer(db.store());
    const ImportReport report = importer.importJson(json, kReceived, kDana);
    QCOMPARE(report.rejectedCount, 0);
}

QList<OutboxMessage> ofKind(TestDatabase &db, const QString &referralId, MessageKind kind)
{
    QList<OutboxMessage> found;
    for (const OutboxMessage &message : db.outbox().list(referralId)) {
        if (message.kind == messageKindName(kind))
            found.append(message);
    }
    return found;
}

} // namespace

// Routing, alerts, customer notices and reminders as the store writes them.
class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void shouldRouteAnImportToTheOwnOrganisationsProfileInTheCustomersCountry()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, "[" + referralJson(QStringLiteral("kr"), QStringLiteral("KR")) + "," + referralJson(QStringLiteral("jp"), QStringLiteral("JP"))
                       + "," + referralJson(QStringLiteral("de"), QStringLiteral("DE")) + "]");
        const Referral kr = *db.store().find(QStringLiteral("kr"));
        QCOMPARE(kr.partnerId, QStringLiteral("contoso"));
        QCOMPARE(kr.profileId, QStringLiteral("seoul"));
        // Japan's profile is paused, and none does business in Germany: the organisation's, no profile.
        for (const char *id : {"jp", "de"}) {
            const Referral unrouted = *db.store().find(QString::fromLatin1(id));
            QCOMPARE(unrouted.partnerId, QStringLiteral("contoso"));
            QVERIFY(unrouted.profileId.isEmpty());
        }
    }

    void shouldLeaveAnImportUnroutedWhenNoOrganisationIsStored()
    {
        TestDatabase db;
        import(db, referralJson(QStringLiteral("kr"), QStringLiteral("KR")));
        const Referral kr = *db.store().find(QStringLiteral("kr"));
        QVERIFY(kr.partnerId.isEmpty());
        QVERIFY(kr.profileId.isEmpty());
        QCOMPARE(db.outbox().pendingCount(), 0); // no one to alert
    }

    void shouldAlertTheRoutedContactInTheSameTransaction()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, "[" + referralJson(QStringLiteral("kr"), QStringLiteral("KR")) + "," + referralJson(QStringLiteral("de"), QStringLiteral("DE")) + "]");
        const QList<OutboxMessage> alerts = ofKind(db, QStringLiteral("kr"), MessageKind::NewReferral);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().recipient, QStringLiteral("seoul@contoso.example"));
        QCOMPARE(alerts.first().recipientName, QStringLiteral("Contact seoul"));
        QCOMPARE(alerts.first().locale, QStringLiteral("ko"));
        QCOMPARE(alerts.first().notBefore, kReceived);
        QVERIFY(db.outbox().list(QStringLiteral("de")).isEmpty());
    }

    void shouldTellEachConsentingCustomerContactAfterNoThanksAndWithdrawOnUndo()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, referralJson(QStringLiteral("kr"), QStringLiteral("KR")));
        const QDateTime skipped = kReceived.addSecs(600);
        QCOMPARE(db.store().apply(QStringLiteral("kr"), requestFor(Action::Skip, QStringLiteral("Too small")), skipped, kDana).result,
                 ActionOutcome::Result::Applied);
        const QList<OutboxMessage> notices = ofKind(db, QStringLiteral("kr"), MessageKind::CustomerNotice);
        QCOMPARE(notices.size(), 2); // the third contact turned notifications off
        QCOMPARE(notices.at(0).recipient, QStringLiteral("minsu@hanbit.example"));
        QCOMPARE(notices.at(0).locale, QStringLiteral("ko"));
        QCOMPARE(notices.at(1).recipient, QStringLiteral("dana@hanbit.example"));
        QCOMPARE(notices.at(1).locale, QStringLiteral("en"));
        QCOMPARE(notices.at(0).notBefore, skipped.addMSecs(kUndoWindowMs));

        const Referral now = *db.store().find(QStringLiteral("kr"));
        QCOMPARE(db.store().undo(QStringLiteral("kr"), now.version, skipped.addSecs(5), kDana).result, ActionOutcome::Result::Applied);
        for (const OutboxMessage &notice : ofKind(db, QStringLiteral("kr"), MessageKind::CustomerNotice))
            QCOMPARE(notice.status(), OutboxStatus::Withdrawn);
        QCOMPARE(ofKind(db, QStringLiteral("kr"), MessageKind::NewReferral).first().status(), OutboxStatus::Pending);
    }

    void shouldTellNoOneWithoutConsentAndStillLetTheRepUndo()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, referralJson(QStringLiteral("kr"), QStringLiteral("KR"), "false"));
        const QDateTime skipped = kReceived.addSecs(600);
        QCOMPARE(db.store().apply(QStringLiteral("kr"), requestFor(Action::Skip, QString()), skipped, kDana).result, ActionOutcome::Result::Applied);
        QVERIFY(ofKind(db, QStringLiteral("kr"), MessageKind::CustomerNotice).isEmpty());
        // Nothing was waiting to tell the customer, yet the decision is still the rep's to take back.
        const Referral now = *db.store().find(QStringLiteral("kr"));
        QCOMPARE(db.store().undo(QStringLiteral("kr"), now.version, skipped.addSecs(5), kDana).result, ActionOutcome::Result::Applied);
        QCOMPARE(db.store().find(QStringLiteral("kr"))->status, Status::New);
    }

    void shouldRefuseAnUndoOnceTheCustomerWasTold()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, referralJson(QStringLiteral("kr"), QStringLiteral("KR")));
        const QDateTime skipped = kReceived.addSecs(600);
        QCOMPARE(db.store().apply(QStringLiteral("kr"), requestFor(Action::Skip, QString()), skipped, kDana).result, ActionOutcome::Result::Applied);
        const QDateTime afterGrace = skipped.addMSecs(kUndoWindowMs);
        const OutboxMessage notice = ofKind(db, QStringLiteral("kr"), MessageKind::CustomerNotice).first();
        QVERIFY(db.outbox().claim(notice.id, afterGrace));
        QVERIFY(db.outbox().markSent(notice.id, afterGrace));
        const Referral now = *db.store().find(QStringLiteral("kr"));
        QCOMPARE(db.store().undo(QStringLiteral("kr"), now.version, skipped.addSecs(5), kDana).result, ActionOutcome::Result::Refused);
    }

    void shouldRemindOnceWhenTheTargetPassesAndWithdrawWhenAnswered()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, referralJson(QStringLiteral("kr"), QStringLiteral("KR")));
        const Referral kr = *db.store().find(QStringLiteral("kr"));
        QString error;
        QCOMPARE(db.store().enqueueDueReminders(kr.respondBy.addSecs(-1), &error), 0);
        QCOMPARE(db.store().enqueueDueReminders(kr.respondBy, &error), 1);
        QCOMPARE(db.store().enqueueDueReminders(kr.respondBy.addSecs(60), &error), 0); // once
        const QList<OutboxMessage> reminders = ofKind(db, QStringLiteral("kr"), MessageKind::Reminder);
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(reminders.first().topic, kTargetReminder);
        QCOMPARE(reminders.first().recipient, QStringLiteral("seoul@contoso.example"));

        // The rep answers before it went: it is moot, and the deadline reminder of Evaluating comes later.
        const QDateTime answered = kr.respondBy.addSecs(120);
        QCOMPARE(db.store().apply(QStringLiteral("kr"), requestFor(Action::Interested, QString()), answered, kDana).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(db.outbox().message(reminders.first().id)->status(), OutboxStatus::Withdrawn);
        const Referral evaluating = *db.store().find(QStringLiteral("kr"));
        const QDateTime warning = evaluating.deadline.addSecs(-4 * 3600);
        QCOMPARE(db.store().enqueueDueReminders(warning.addSecs(-1), &error), 0);
        const SweepResult swept = db.store().sweep(warning);
        QVERIFY(swept.error.isEmpty());
        const QList<OutboxMessage> after = ofKind(db, QStringLiteral("kr"), MessageKind::Reminder);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.last().topic, kDeadlineReminder);
        QCOMPARE(after.last().status(), OutboxStatus::Pending);

        // At the deadline it expires: the customer contacts are told, the reminder is moot.
        QCOMPARE(db.store().sweep(evaluating.deadline).expired, QStringList{QStringLiteral("kr")});
        QCOMPARE(ofKind(db, QStringLiteral("kr"), MessageKind::CustomerNotice).size(), 2);
        QCOMPARE(db.outbox().message(after.last().id)->status(), OutboxStatus::Withdrawn);
    }

    void shouldNotRemindAReferralRoutedNowhere()
    {
        TestDatabase db;
        addOwnProfiles(db);
        import(db, referralJson(QStringLiteral("de"), QStringLiteral("DE")));
        const Referral de = *db.store().find(QStringLiteral("de"));
        QString error;
        QCOMPARE(db.store().enqueueDueReminders(de.deadline.addSecs(-60), &error), 0);
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
