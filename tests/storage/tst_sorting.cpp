#include "referralpages.h"
#include "testdatabase.h"

#include <QTest>

using namespace rd;


namespace {

const QDateTime kNow = utc("2026-09-10T12:00:00Z");

const QList<SortKey> kAllKeys = {
    SortKey::Deadline, SortKey::ReceivedAt, SortKey::ClosedAt, SortKey::ClosingDate, SortKey::Title,
    SortKey::Customer, SortKey::City, SortKey::Size, SortKey::ValueHint, SortKey::EstimatedValue,
    SortKey::AcceptedAt, SortKey::Status, SortKey::Value, SortKey::Reason, SortKey::Notes,
    SortKey::FirstIndustry, SortKey::FirstProduct, SortKey::FirstService, SortKey::Fit,
};

// Referrals in every tab whose sortable fields collide often (ties are broken by id) and are
// sometimes missing (NULLs sort as a sentinel).
void fill(TestDatabase &db)
{
    const QStringList names = {QStringLiteral("Azure move"), QStringLiteral("Teams rollout"), QString(), QStringLiteral("보안 점검")};
    const QStringList cities = {QStringLiteral("Seoul"), QStringLiteral("Busan"), QString()};
    const QList<Status> statuses = {Status::New, Status::Evaluating, Status::Negotiating, Status::Won, Status::Lost, Status::Declined};
    QList<Referral> referrals;
    for (int i = 0; i < 120; ++i) {
        Referral r = sampleReferral(QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')), kNow.addSecs(-3600 * (i % 50)),
                                    statuses.at(i % statuses.size()));
        r.name = names.at(i % names.size());
        r.customer.name = i % 5 ? QStringLiteral("Customer %1").arg(i % 7) : QString();
        r.customer.address.city = cities.at(i % cities.size());
        r.details.notes = QStringLiteral("note %1").arg(i % 9);
        r.details.valueHint = i % 4 ? std::optional<Money>(Money{1000 * (i % 6), QStringLiteral("KRW")}) : std::nullopt;
        r.details.requirements.products = i % 3 ? QStringList{QStringLiteral("Azure")} : QStringList{QStringLiteral("Teams"), QStringLiteral("Azure")};
        r.details.requirements.industries = i % 2 ? QStringList{QStringLiteral("Education")} : QStringList();
        if (r.status == Status::Negotiating || r.status == Status::Won)
            r.estimate = Estimate{Money{5000 * (i % 4), QStringLiteral("USD")}, QDate(2026, 12, 1 + i % 20), {}};
        if (r.status == Status::Won)
            r.finalValue = Money{777 * (i % 3 + 1), QStringLiteral("USD")};
        if (r.status == Status::Lost || r.status == Status::Declined)
            r.reason = i % 2 ? QStringLiteral("Price") : QString();
        r.statusSince = kNow.addSecs(-60 * (i % 30));
        referrals.append(r);
    }
    QVERIFY(db.store().insert(referrals, kNow, QStringLiteral("tester")).error.isEmpty());
}


} // namespace

// Every column sorts in SQL, and paging through a sorted tab meets every referral once, in
// the same order as one big page.
class TestSorting : public QObject
{
    Q_OBJECT

private slots:
    // Only read below: one filled database serves every sort.
    void initTestCase()
    {
        m_filled = std::make_unique<TestDatabase>();
        fill(*m_filled);
    }

    void shouldPageThroughEverySortWithoutLosingOrRepeatingARow_data()
    {
        QTest::addColumn<Tab>("tab");
        QTest::addColumn<SortKey>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        for (Tab tab : allTabs()) {
            for (SortKey key : kAllKeys) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QTest::addRow("%s %d %s", qPrintable(tabName(tab)), int(key), order == Qt::AscendingOrder ? "asc" : "desc")
                        << tab << key << order;
                }
            }
        }
    }

    void shouldPageThroughEverySortWithoutLosingOrRepeatingARow()
    {
        QFETCH(Tab, tab);
        QFETCH(SortKey, key);
        QFETCH(Qt::SortOrder, order);
        TestDatabase &db = *m_filled;
        ReferralQuery query;
        query.tab = tab;
        query.sort = key;
        query.order = order;
        query.limit = 1000;
        const QStringList whole = ids(db.store().page(query));
        QVERIFY2(db.store().lastError().isEmpty(), qPrintable(db.store().lastError()));
        QCOMPARE(whole.size(), db.store().countsByTab().value(tab));

        QCOMPARE(walk(db.store(), query, 7), whole);
    }

    void shouldSortTheGrowingTabsOnAnIndex_data()
    {
        QTest::addColumn<Tab>("tab");
        QTest::addColumn<SortKey>("key");
        // Every column New and Evaluating show but Fit, which is computed per referral (ranking.md).
        for (SortKey key : {SortKey::ReceivedAt, SortKey::Title, SortKey::Deadline, SortKey::ClaimedBy, SortKey::City, SortKey::Size,
                            SortKey::FirstIndustry, SortKey::FirstProduct, SortKey::FirstService, SortKey::ValueHint, SortKey::Notes})
            QTest::addRow("new %d", int(key)) << Tab::New << key;
        for (SortKey key : {SortKey::Customer, SortKey::Title, SortKey::Deadline, SortKey::ReceivedAt, SortKey::ClaimedBy, SortKey::Size,
                            SortKey::FirstProduct})
            QTest::addRow("evaluating %d", int(key)) << Tab::Evaluating << key;
        for (SortKey key : {SortKey::Customer, SortKey::Title, SortKey::EstimatedValue, SortKey::ClosingDate, SortKey::AcceptedAt})
            QTest::addRow("negotiating %d", int(key)) << Tab::Negotiating << key;
        for (SortKey key : {SortKey::Status, SortKey::Customer, SortKey::Title, SortKey::Value, SortKey::ClosedAt, SortKey::Reason})
            QTest::addRow("archived %d", int(key)) << Tab::Archived << key;
    }

    void shouldSortTheGrowingTabsOnAnIndex()
    {
        QFETCH(Tab, tab);
        QFETCH(SortKey, key);
        TestDatabase db;
        ReferralQuery query;
        query.tab = tab;
        query.sort = key;
        const QString plan = db.planOfPage(query);
        QVERIFY2(planWalksIndex(plan, QStringLiteral("referrals_by_tab_")) && !planSortsRows(plan), qPrintable(plan));
        // A page further down starts at its cursor on the index, either way, not at the index's start.
        query.after = PageCursor{QStringLiteral("0"), QStringLiteral("x")};
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.order = order;
            const QString further = db.planOfPage(query);
            QVERIFY2(planWalksIndex(further, QStringLiteral("referrals_by_tab_")) && !planSortsRows(further), qPrintable(further));
            QVERIFY2(planRangesOverTheKey(further), qPrintable(further));
        }
    }

private:
    std::unique_ptr<TestDatabase> m_filled;
};

QTEST_GUILESS_MAIN(TestSorting)
#include "tst_sorting.moc"
