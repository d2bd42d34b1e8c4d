#include "referralpages.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime kReceived = utc("2026-07-01T09:00:00Z");

// Search results are compared as sets.
QStringList sortedIds(const Page &page)
{
    QStringList result = ids(page);
    result.sort();
    return result;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QStringList search(TestDatabase &db, const QString &text, std::optional<Tab> tab = std::nullopt)
    {
        ReferralQuery query;
        query.tab = tab;
        query.search = text;
        query.sort = SortKey::ReceivedAt;
        const Page found = db.store().page(query);
        if (!db.store().lastError().isEmpty())
            qWarning("%s", qPrintable(db.store().lastError()));
        return sortedIds(found);
    }

    void seed(TestDatabase &db)
    {
        Referral korean = sampleReferral(QStringLiteral("kr-1"), kReceived);
        korean.customer.name = QStringLiteral("한빛물산");
        korean.details.notes = QStringLiteral("고객이 클라우드 이전을 원합니다");
        Referral english = sampleReferral(QStringLiteral("us-1"), kReceived);
        english.customer.name = QStringLiteral("Northwind Traders");
        english.customer.address.city = QStringLiteral("Seattle");
        english.details.notes = QStringLiteral("Needs a Dynamics365Business rollout");
        english.details.requirements.products = {QStringLiteral("PowerBI")};
        Referral percent = sampleReferral(QStringLiteral("pct-1"), kReceived);
        percent.details.notes = QStringLiteral("Wants 50% off_licences");
        QVERIFY(db.store().insert({korean, english, percent}, kReceived, QStringLiteral("t")).error.isEmpty());
    }

private slots:
    void shouldFindKoreanWordsInsideLongerWords()
    {
        TestDatabase db;
        seed(db);
        QCOMPARE(search(db, QStringLiteral("고객")), QStringList{QStringLiteral("kr-1")});     // two characters, in "고객이"
        QCOMPARE(search(db, QStringLiteral("클라우드")), QStringList{QStringLiteral("kr-1")}); // trigram path
        QCOMPARE(search(db, QStringLiteral("라우")), QStringList{QStringLiteral("kr-1")});
    }

    void shouldFindNotesRequirementsIdsAndCitiesIgnoringCase()
    {
        TestDatabase db;
        seed(db);
        QCOMPARE(search(db, QStringLiteral("dynamics365")), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("powerbi")), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("US-1")), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("seattle rollout")), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("seattle 고객")), QStringList{});
        QCOMPARE(search(db, QStringLiteral("  ")).size(), 3);
    }

    void shouldTakeWildcardsLiterally()
    {
        TestDatabase db;
        seed(db);
        QCOMPARE(search(db, QStringLiteral("%")), QStringList{QStringLiteral("pct-1")});
        QCOMPARE(search(db, QStringLiteral("f_")), QStringList{QStringLiteral("pct-1")});
        QCOMPARE(search(db, QStringLiteral("\"")), QStringList{});
        QCOMPARE(search(db, QStringLiteral("\"50%\"")), QStringList{});
    }

    void shouldNotFindTheCustomerByNameWhileItIsHidden()
    {
        TestDatabase db;
        seed(db);
        QCOMPARE(search(db, QStringLiteral("Northwind")), QStringList{});
        ActionRequest interested;
        interested.action = Action::Interested;
        QCOMPARE(db.store().apply(QStringLiteral("us-1"), interested, kReceived.addSecs(60), QStringLiteral("t")).result,
                 ActionOutcome::Result::Applied);
        QCOMPARE(search(db, QStringLiteral("Northwind")), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("Northwind"), Tab::Evaluating), QStringList{QStringLiteral("us-1")});
        QCOMPARE(search(db, QStringLiteral("Northwind"), Tab::New), QStringList{});
    }

    void shouldFilterArchivedReferralsByOutcomeAndClosingTime()
    {
        TestDatabase db;
        QList<Referral> referrals;
        for (int day = 0; day < 10; ++day) {
            Referral referral = sampleReferral(QStringLiteral("a%1").arg(day), kReceived.addDays(day - 30),
                                               day % 2 ? Status::Won : Status::Lost);
            referral.statusSince = kReceived.addDays(day);
            referrals.append(referral);
        }
        QVERIFY(db.store().insert(referrals, kReceived, QStringLiteral("t")).error.isEmpty());
        ReferralQuery query;
        query.tab = Tab::Archived;
        query.statuses = {Status::Won};
        query.closedFrom = kReceived.addDays(2);
        query.closedUntil = kReceived.addDays(7);
        QCOMPARE(sortedIds(db.store().page(query)), (QStringList{QStringLiteral("a3"), QStringLiteral("a5"), QStringLiteral("a7")}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
