#include "referralpages.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kStart = utc("2026-02-01T00:00:00Z");



ActionRequest request(Action action)
{
    return requestFor(action, QStringLiteral("n/a"), Money{100, QStringLiteral("EUR")}, QDate(2026, 12, 1));
}

} // namespace

class TestReferralStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldPageThroughATabWithoutSkippingOrRepeating()
    {
        TestDatabase db;
        QList<Referral> referrals;
        // Several referrals share a receipt time (and so a deadline): the id breaks the tie.
        for (int i = 0; i < 95; ++i)
            referrals.append(sampleReferral(QStringLiteral("n%1").arg(i), kStart.addSecs((i % 10) * 60)));
        QVERIFY(db.store().insert(referrals, kStart, QStringLiteral("t")).error.isEmpty());

        ReferralQuery query;
        query.tab = Tab::New;
        int pages = 0;
        const QStringList walked = walk(db.store(), query, 10, &pages);
        QCOMPARE(walked.size(), 95);
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), 95);
        QCOMPARE(pages, 10);

        // Least time left first, then by id.
        QStringList expected = ids(referrals);
        std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            const int ia = a.mid(1).toInt() % 10;
            const int ib = b.mid(1).toInt() % 10;
            return ia != ib ? ia < ib : a < b;
        });
        QCOMPARE(walked, expected);

        query.order = Qt::DescendingOrder;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(walk(db.store(), query, 7), expected);
    }

    // A window jumps to any row: a page read by its position, either way from the page next to
    // it, and the row a referral stands on, all agree with the order read page by page.
    void shouldReadAnyPageByItsPositionAndTellWhereEachRowStands()
    {
        TestDatabase db;
        QList<Referral> referrals;
        for (int i = 0; i < 95; ++i) {
            // Ties in the receipt time and in the notes: the id must break them alike both ways.
            Referral referral = sampleReferral(QStringLiteral("n%1").arg(i), kStart.addSecs((i % 10) * 60));
            referral.details.notes = i % 3 == 0 ? QStringLiteral("클라우드") : QString();
            referrals.append(referral);
        }
        QVERIFY(db.store().insert(referrals, kStart, QStringLiteral("t")).error.isEmpty());
        storeReferral(db.store(), sampleReferral(QStringLiteral("elsewhere"), kStart), kStart);
        db.store().apply(QStringLiteral("elsewhere"), request(Action::Interested), kStart.addSecs(60), QStringLiteral("t"));

        for (const SortKey sort : {SortKey::ReceivedAt, SortKey::Notes}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const QString &search : {QString(), QStringLiteral("클라우드")}) {
                    ReferralQuery query;
                    query.tab = Tab::New;
                    query.sort = sort;
                    query.order = order;
                    query.search = search;
                    const QStringList expected = walk(db.store(), query, 10);
                    QCOMPARE(expected.size(), search.isEmpty() ? 95 : 32);
                    query.limit = 10;
                    for (const int offset : {0, 1, 13, 50, int(expected.size()) - 10, int(expected.size()) - 1, int(expected.size())}) {
                        query.offset = offset;
                        const Page page = db.store().page(query);
                        QVERIFY2(db.store().lastError().isEmpty(), qPrintable(db.store().lastError()));
                        QCOMPARE(ids(page), expected.mid(offset, 10));
                        if (page.rows.isEmpty()) {
                            QVERIFY(!page.first && !page.last);
                            continue;
                        }
                        // The rows before this page: the opposite order after its first row.
                        ReferralQuery before = query;
                        before.offset = 0;
                        before.after = page.first;
                        before.order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                        QStringList earlier = ids(db.store().page(before));
                        std::reverse(earlier.begin(), earlier.end());
                        QCOMPARE(earlier, expected.mid(qMax(0, offset - 10), qMin(offset, 10)));
                        ReferralQuery after = query;
                        after.offset = 0;
                        after.after = page.last;
                        QCOMPARE(ids(db.store().page(after)), expected.mid(offset + int(page.rows.size()), 10));
                    }
                    for (int row = 0; row < expected.size(); ++row)
                        QCOMPARE(db.store().positionOf(query, expected.at(row)), std::optional<int>(row));
                    QCOMPARE(db.store().positionOf(query, QStringLiteral("elsewhere")), std::nullopt); // another tab
                    QCOMPARE(db.store().positionOf(query, QStringLiteral("nobody")), std::nullopt);
                    QVERIFY(db.store().lastError().isEmpty());
                }
            }
        }
    }

    void shouldKeepTabsAndStatusesApart()
    {
        TestDatabase db;
        for (int i = 0; i < 6; ++i)
            storeReferral(db.store(), sampleReferral(QStringLiteral("r%1").arg(i), kStart.addSecs(i)), kStart);
        const QDateTime now = kStart.addSecs(3600);
        db.store().apply(QStringLiteral("r0"), request(Action::Interested), now, QStringLiteral("t"));
        db.store().apply(QStringLiteral("r1"), request(Action::Interested), now, QStringLiteral("t"));
        db.store().apply(QStringLiteral("r1"), request(Action::Accept), now, QStringLiteral("t"));
        db.store().apply(QStringLiteral("r2"), request(Action::Skip), now, QStringLiteral("t"));
        db.store().apply(QStringLiteral("r3"), request(Action::Interested), now, QStringLiteral("t"));
        db.store().apply(QStringLiteral("r3"), request(Action::Decline), now.addSecs(5), QStringLiteral("t"));

        const QHash<Tab, int> counts = db.store().countsByTab();
        QCOMPARE(counts.value(Tab::New), 2);
        QCOMPARE(counts.value(Tab::Evaluating), 1);
        QCOMPARE(counts.value(Tab::Negotiating), 1);
        QCOMPARE(counts.value(Tab::Archived), 2);

        ReferralQuery archived;
        archived.tab = Tab::Archived;
        std::tie(archived.sort, archived.order) = defaultSort(Tab::Archived);
        QCOMPARE(ids(db.store().page(archived)), (QStringList{QStringLiteral("r3"), QStringLiteral("r2")}));

        archived.statuses = {Status::Skipped};
        QCOMPARE(ids(db.store().page(archived)), QStringList{QStringLiteral("r2")});

        ReferralQuery byStatus;
        byStatus.statuses = {Status::Evaluating, Status::Negotiating};
        byStatus.sort = SortKey::ReceivedAt;
        QCOMPARE(ids(db.store().page(byStatus)), (QStringList{QStringLiteral("r0"), QStringLiteral("r1")}));
    }

    void shouldLeaveTheContactsOutOfAListAndNothingElse()
    {
        TestDatabase db;
        for (int i = 0; i < 3; ++i)
            storeReferral(db.store(), sampleReferral(QStringLiteral("e%1").arg(i), kStart.addSecs(i)), kStart);
        for (int i = 0; i < 3; ++i)
            db.store().apply(QStringLiteral("e%1").arg(i), request(Action::Interested), kStart.addSecs(60), QStringLiteral("t"));

        ReferralQuery query;
        query.tab = Tab::Evaluating;
        query.sort = SortKey::ReceivedAt;
        const Page whole = db.store().page(query);
        query.withContacts = false;
        const Page listed = db.store().page(query);
        QVERIFY2(db.store().lastError().isEmpty(), qPrintable(db.store().lastError()));
        QCOMPARE(ids(listed), (QStringList{QStringLiteral("e0"), QStringLiteral("e1"), QStringLiteral("e2")}));
        QCOMPARE(ids(whole), ids(listed));
        const QList<Contact> stored = sampleReferral(QStringLiteral("e0"), kStart).customer.contacts;
        for (int i = 0; i < listed.rows.size(); ++i) {
            const Referral &full = whole.rows.at(i);
            Referral shown = listed.rows.at(i);
            QCOMPARE(full.customer.contacts, stored); // an evaluating referral shows its customer
            QVERIFY(shown.customer.contacts.isEmpty());
            shown.customer.contacts = full.customer.contacts;
            QCOMPARE(shown.customer, full.customer);
            QCOMPARE(shown.details, full.details);
            QCOMPARE(shown.status, full.status);
            QCOMPARE(shown.statusSince, full.statusSince);
            QCOMPARE(shown.deadline, full.deadline);
            QCOMPARE(shown.version, full.version);
        }
        // The next page starts where the list's did.
        QVERIFY(!listed.next.has_value());
        query.limit = 2;
        const Page first = db.store().page(query);
        QVERIFY(first.next.has_value());
        query.after = first.next;
        QCOMPARE(ids(db.store().page(query)), QStringList{QStringLiteral("e2")});
    }

    void shouldKnowTheNextDeadline()
    {
        TestDatabase db;
        QVERIFY(!db.store().nextDeadline());
        storeReferral(db.store(), sampleReferral(QStringLiteral("later"), kStart.addDays(1)), kStart);
        storeReferral(db.store(), sampleReferral(QStringLiteral("sooner"), kStart), kStart);
        QCOMPARE(*db.store().nextDeadline(), kStart.addSecs(72 * 3600));
    }

    void shouldReportDuplicatesWithoutTouchingThem()
    {
        TestDatabase db;
        Referral original = sampleReferral(QStringLiteral("r"), kStart);
        storeReferral(db.store(), original, kStart);
        Referral changed = original;
        changed.details.notes = QStringLiteral("changed");
        const InsertResult again = db.store().insert({changed}, kStart.addDays(1), QStringLiteral("t"));
        QCOMPARE(again.inserted, QList<bool>{false});
        QCOMPARE(db.store().find(QStringLiteral("r"))->details.notes, original.details.notes);
        QCOMPARE(db.store().history(QStringLiteral("r")).size(), 1);
    }

    void shouldServeEachTabFromAnIndex_data()
    {
        QTest::addColumn<int>("tab");
        for (Tab tab : allTabs())
            QTest::newRow(qPrintable(tabName(tab))) << int(tab);
    }

    void shouldServeEachTabFromAnIndex()
    {
        QFETCH(int, tab);
        TestDatabase db;
        ReferralQuery query;
        query.tab = Tab(tab);
        std::tie(query.sort, query.order) = defaultSort(Tab(tab));
        for (const std::optional<PageCursor> &after : {std::optional<PageCursor>(), std::optional<PageCursor>(PageCursor{QStringLiteral("0"), QStringLiteral("x")})}) {
            query.after = after;
            // The plan must walk an index in order: no full scan, no temporary sort.
            const QString plan = db.planOfPage(query);
            QVERIFY2(planWalksIndex(plan, QStringLiteral("referrals_by_tab_")), qPrintable(plan));
            QVERIFY2(!planSortsRows(plan), qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestReferralStore)
#include "tst_referralstore.moc"
