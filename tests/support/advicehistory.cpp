#include "advicehistory.h"

#include "profilestore.h"
#include "reasons.h"
#include "testdatabase.h"

#include <QTest>

namespace rd {

namespace {

BusinessProfile profileOf(const QString &id)
{
    BusinessProfile profile;
    profile.id = id;
    profile.partnerId = QStringLiteral("own");
    profile.region = QStringLiteral("Korea ") + id;
    profile.contact = ProfileContact{QStringLiteral("Kim"), QStringLiteral("kim@own.example"), QStringLiteral("ko")};
    profile.locations = {ProfileLocation{QStringLiteral("Seoul"), QStringLiteral("KR")}};
    profile.industries = {QStringLiteral("Healthcare"), QStringLiteral("Education")};
    profile.products = {QStringLiteral("Azure")};
    return profile;
}

int g_next = 0;

} // namespace

void storeAdviceProfiles(TestDatabase &db)
{
    ProfileStore profiles(db.database());
    QVERIFY(profiles.setPartner({QStringLiteral("own"), QStringLiteral("Own")}).stored());
    QVERIFY(profiles.setProfile(profileOf(QStringLiteral("kr"))).stored());
    QVERIFY(profiles.setProfile(profileOf(QStringLiteral("kr2"))).stored());
}

void storeTurnedDown(TestDatabase &db, const QDateTime &now, const QString &profile, const QString &size, int daysAgo,
                     const QString &reason, const QStringList &industries, bool sample)
{
    const int number = ++g_next;
    Referral r = sampleReferral(QStringLiteral("t%1").arg(number), now.addDays(-daysAgo - 1), number % 2 ? Status::Skipped : Status::Declined);
    r.partnerId = QStringLiteral("own");
    r.profileId = profile;
    r.customer.size = size;
    r.details.requirements.products = {QStringLiteral("Teams")};
    r.details.requirements.industries = industries;
    r.closedAt = now.addDays(-daysAgo);
    r.sample = sample;
    if (Reasons::isPreset(reason)) {
        r.reasonCode = reason;
        r.reason = Reasons::englishTitle(reason);
    } else {
        r.reason = reason;
    }
    storeReferral(db.store(), r, now);
}

void storeAdviceHistory(TestDatabase &db, const QDateTime &now)
{
    storeAdviceProfiles(db);
    for (int day = 20; day < 23; ++day)
        storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("1to9"), day, QStringLiteral("no-capacity"));
    for (int day = 1; day <= 8; ++day)
        storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("1to9"), day, QStringLiteral("customer-too-small"));
    storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("1to9"), 9, QStringLiteral("  Too small "));
    storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("1to9"), 10, QStringLiteral("Too small"));
    for (int day = 1; day <= 5; ++day)
        storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("51to500"), day, QStringLiteral("no-capacity"));
    for (int day = 1; day <= 10; ++day) {
        storeTurnedDown(db, now, QStringLiteral("kr"), QStringLiteral("10to50"), day, QStringLiteral("customer-too-small"), {QStringLiteral("Retail")}, true);
        storeTurnedDown(db, now, QStringLiteral("kr2"), QStringLiteral("10to50"), day, QStringLiteral("customer-too-small"));
    }
}

} // namespace rd
