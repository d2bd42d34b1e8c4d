#include "referralcounts.h"
#include "referralpages.h"
#include "searchtext.h"
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

    void shouldTellASearchTheIndexCannotServe()
    {
        QVERIFY(searchReadsEveryRow(QStringLiteral("d")));
        QVERIFY(searchReadsEveryRow(QStringLiteral(" 고객  f_ ")));
        QVERIFY(!searchReadsEveryRow(QStringLiteral("클라우드")));
        QVERIFY(!searchReadsEveryRow(QStringLiteral("고객 클라우드"))); // the index narrows it first
        QVERIFY(!searchReadsEveryRow(QStringLiteral("   ")));
    }

    // A short search in a long tab counts only as far as the window shows, and finds the same
    // referrals however it is counted.
    void shouldCountASearchOnlyAsFarAsAsked()
    {
        TestDatabase db;
        QList<Referral> referrals;
        for (int i = 0; i < 30; ++i) {
            Referral referral = sampleReferral(QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0')), kReceived.addSecs(i));
            referral.details.notes = i % 3 == 0 ? QStringLiteral("고객이 클라우드 이전을 원합니다") : QStringLiteral("Office rollout");
            referrals.append(referral);
        }
        QVERIFY(db.store().insert(referrals, kReceived, QStringLiteral("t")).error.isEmpty());
        for (const QString &typed : {QStringLiteral("고"), QStringLiteral("고객"), QStringLiteral("클라우드"), QStringLiteral("고객 이전"), QStringLiteral("고객 클라우드")}) {
            ReferralQuery query;
            query.tab = Tab::New;
            query.search = typed;
            const int expected = 10;
            QString error;
            QCOMPARE(countReferrals(db.database(), query, &error), std::optional<int>(expected));
            QCOMPARE(countReferrals(db.database(), query, &error, 4), std::optional<int>(qMin(expected, 4)));
            QCOMPARE(countReferrals(db.database(), query, &error, 11), std::optional<int>(expected));
            QCOMPARE(countReferrals(db.database(), query, &error, 0), std::optional<int>(0));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            query.sort = SortKey::ReceivedAt;
            query.limit = 4;
            QStringList found = walk(db.store(), query, 4);
            QCOMPARE(found.size(), expected);
            for (const QString &id : std::as_const(found))
                QCOMPARE(id.mid(1).toInt() % 3, 0);
        }
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
