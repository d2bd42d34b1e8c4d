#include "clock.h"
#include "referralpages.h"
#include "referraltablemodel.h"
#include "similarhistory.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

void fill(TestDatabase &db, int count)
{
    QList<Referral> referrals;
    for (int i = 0; i < count; ++i) {
        Referral referral = sampleReferral(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), kNow.addSecs(-60 * i));
        referral.details.notes = i % 3 == 0 ? QStringLiteral("클라우드 이전 문의") : QStringLiteral("Office rollout");
        referrals.append(referral);
    }
    QVERIFY(db.store().insert(referrals, kNow, QStringLiteral("t")).error.isEmpty());
}

} // namespace

class TestReferralTableModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldPassTheModelTesterOnEveryTab()
    {
        TestDatabase db;
        fill(db, 450);
        ActionRequest request;
        request.action = Action::Interested;
        for (int i = 0; i < 30; ++i)
            db.store().apply(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), request, kNow, QStringLiteral("t"));
        ManualClock clock(kNow);
        for (Tab tab : allTabs()) {
            ReferralTableModel model(db.store(), clock, tab);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (int row = 0; row < model.rowCount(); ++row)
                model.data(model.index(row, 0));
            model.sort(0, Qt::DescendingOrder);
            model.setSearch(QStringLiteral("클라우드"));
            model.tick();
            model.retranslate();
        }
    }

    void shouldCountEveryRowAndReadOnlyThePagesShown()
    {
        TestDatabase db;
        fill(db, 450);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.pagesLoaded(), 0);
        // The last row, straight away: one page read, the last one.
        QCOMPARE(model.data(model.index(449, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0000"));
        QCOMPARE(model.pagesLoaded(), 1);
        QCOMPARE(model.data(model.index(0, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0449"));
        QCOMPARE(model.pagesLoaded(), 2);
        QVERIFY(!model.data(model.index(450, 0), ReferralTableModel::IdRole).isValid());
    }

    // Whatever way the rows are reached (down from the top, up from the end, jumping about), they
    // are the tab's order read page by page, with ties broken alike, and the model never holds
    // more than a few pages.
    void shouldShowTheTabsOrderWhereverItIsReadFrom()
    {
        TestDatabase db;
        fill(db, 2650); // 14 pages, more than the model keeps
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        const int notes = model.columnOf(Column::Notes);
        QVERIFY(notes >= 0);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(notes, order); // two notes only: nearly every row a tie
            const QStringList expected = walk(db.store(), model.query(), 500);
            QCOMPARE(model.rowCount(), expected.size());
            const auto idAt = [&model](int row) { return model.data(model.index(row, 0), ReferralTableModel::IdRole).toString(); };
            QStringList down;
            for (int row = 0; row < model.rowCount(); ++row)
                down.append(idAt(row));
            QCOMPARE(down, expected);
            QVERIFY(model.pagesLoaded() <= ReferralTableModel::kPagesKept);

            model.reload();
            QStringList up;
            for (int row = model.rowCount() - 1; row >= 0; --row)
                up.prepend(idAt(row));
            QCOMPARE(up, expected);
            QVERIFY(model.pagesLoaded() <= ReferralTableModel::kPagesKept);

            model.reload();
            for (const int row : {1325, 2649, 17, 1999, 200, 199, 2400, 0, 1326, 2449, 2450})
                QCOMPARE(idAt(row), expected.at(row));
            // Where a referral stands, whether its page is read or not.
            QCOMPARE(model.rowOf(expected.at(2000)), 2000);
            model.reload();
            QCOMPARE(model.pagesLoaded(), 0);
            QCOMPARE(model.rowOf(expected.at(1234)), 1234);
            QCOMPARE(model.pagesLoaded(), 0);
        }
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
        QVERIFY(model.lastError().isEmpty());
    }

    // A search of one or two characters reads every row to be counted: the model counts what a
    // few screens show and counts on as the view scrolls to the end of it.
    void shouldCountAShortSearchAsFarAsItIsScrolled()
    {
        TestDatabase db;
        fill(db, 2650);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSearch(QStringLiteral("r")); // in every id
        QCOMPARE(model.rowCount(), ReferralTableModel::kCountedAtOnce);
        QVERIFY(model.isCountPartial());
        QVERIFY(model.canFetchMore({}));
        const QStringList expected = walk(db.store(), model.query(), 500);
        QCOMPARE(expected.size(), 2650);
        const auto idAt = [&model](int row) { return model.data(model.index(row, 0), ReferralTableModel::IdRole).toString(); };
        // The last row counted is read from the start of the order: the end is not known yet.
        QCOMPARE(idAt(ReferralTableModel::kCountedAtOnce - 1), expected.at(ReferralTableModel::kCountedAtOnce - 1));
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2650);
        QVERIFY(!model.isCountPartial());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(idAt(2649), expected.at(2649));
        QCOMPARE(idAt(2100), expected.at(2100));
        // Read again, it keeps as many rows as were counted.
        model.reload();
        QCOMPARE(model.rowCount(), 2650);

        model.setSearch(QStringLiteral("클라우드")); // the index counts it whole
        QCOMPARE(model.rowCount(), 884);
        QVERIFY(!model.isCountPartial());
        model.setSearch(QStringLiteral("클")); // short, but fewer than counted at once
        QCOMPARE(model.rowCount(), 884);
        QVERIFY(!model.isCountPartial());
        QVERIFY(model.lastError().isEmpty());
    }

    void shouldCountAgainWhenTheTabChanges()
    {
        TestDatabase db;
        fill(db, 450);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        ReferralTableModel evaluating(db.store(), clock, Tab::Evaluating);
        QCOMPARE(model.data(model.index(0, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0449"));
        ActionRequest request;
        request.action = Action::Interested;
        QCOMPARE(db.store().apply(QStringLiteral("r0449"), request, kNow, QStringLiteral("t")).result, ActionOutcome::Result::Applied);
        model.reload();
        evaluating.reload();
        QCOMPARE(model.rowCount(), 449);
        QCOMPARE(model.data(model.index(0, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0448"));
        QCOMPARE(model.rowOf(QStringLiteral("r0449")), -1);
        QCOMPARE(evaluating.rowCount(), 1);
        QCOMPARE(evaluating.rowOf(QStringLiteral("r0449")), 0);
    }

    void shouldListLeastTimeLeftFirstAndSortInSql()
    {
        TestDatabase db;
        fill(db, 10);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        // The oldest referral has the least time left.
        QCOMPARE(model.data(model.index(0, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0009"));
        const int received = model.columnOf(Column::Received);
        QCOMPARE(model.sortColumn(), model.columnOf(Column::TimeLeft));
        model.sort(received, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0), ReferralTableModel::IdRole).toString(), QStringLiteral("r0000"));

        // Every column sorts, in SQL.
        for (Tab tab : allTabs()) {
            ReferralTableModel tabModel(db.store(), clock, tab);
            for (int column = 0; column < tabModel.columnCount(); ++column)
                QVERIFY2(tabModel.isSortable(column), qPrintable(tabModel.headerData(column, Qt::Horizontal).toString()));
        }
        const int title = model.columnOf(Column::Title);
        model.sort(title, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), title);
        QCOMPARE(model.data(model.index(0, title), Qt::DisplayRole).toString(),
                 db.scalar(QStringLiteral("SELECT name FROM referrals WHERE tab = 'new' ORDER BY name DESC, id DESC LIMIT 1")).toString());
    }

    // 9 similar past referrals, 4 won: (4 + 1) / (9 + 2) = 45%; none at all: 50%.
    void shouldShowTheFitOfEachNewReferralAndSortByIt()
    {
        TestDatabase db;
        storeSimilarHistory(db, kNow);
        storeReferral(db.store(), referralOf(pastReferral(QStringLiteral("lonely"), Status::New, QStringLiteral("Morethan20000")), kNow), kNow);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        const int fit = model.columnOf(Column::Fit);
        QVERIFY(fit >= 0);
        QCOMPARE(model.headerData(fit, Qt::Horizontal).toString(), QStringLiteral("Fit"));
        model.sort(fit, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), fit);
        QStringList order;
        QStringList fits;
        for (int row = 0; row < model.rowCount(); ++row) {
            order.append(model.data(model.index(row, 0), ReferralTableModel::IdRole).toString());
            fits.append(model.data(model.index(row, fit)).toString());
        }
        QCOMPARE(order, (QStringList{QStringLiteral("lonely"), QStringLiteral("x-new"), QStringLiteral("target")}));
        QCOMPARE(fits, (QStringList{QStringLiteral("50%"), QStringLiteral("45%"), QStringLiteral("45%")}));
        QVERIFY(!model.data(model.index(0, fit), Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(ReferralTableModel(db.store(), clock, Tab::Evaluating).columnOf(Column::Fit), -1); // the New tab's column
    }

    void shouldSearchInTheDatabase()
    {
        TestDatabase db;
        fill(db, 30);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        model.setSearch(QStringLiteral("클라우"));
        QCOMPARE(model.rowCount(), 10);
        model.setSearch(QStringLiteral("이전"));
        QCOMPARE(model.rowCount(), 10);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 30);
    }

    void shouldRepaintOnlyTheClocksEveryMinute()
    {
        TestDatabase db;
        fill(db, 5);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        const int timeLeft = model.columnOf(Column::TimeLeft);
        const QString before = model.data(model.index(0, timeLeft)).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        clock.advance(25LL * 3600 * 1000);
        model.tick();
        QCOMPARE(reset.count(), 0);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &arguments : changed) {
            const Column column = model.columnAt(arguments.at(0).toModelIndex().column());
            QVERIFY(ReferralColumns::tracksTime(column));
        }
        QVERIFY(model.data(model.index(0, timeLeft)).toString() != before);
    }

    void shouldHideTheCustomerOfANewReferral()
    {
        TestDatabase db;
        fill(db, 1);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        const Referral referral = model.data(model.index(0, 0), ReferralTableModel::ReferralRole).value<Referral>();
        QVERIFY(referral.customer.name.isEmpty());
        QVERIFY(referral.customer.contacts.isEmpty());
    }

    void shouldColourADeadlineThatIsClose()
    {
        TestDatabase db;
        fill(db, 1);
        ManualClock clock(kNow);
        ReferralTableModel model(db.store(), clock, Tab::New);
        const QModelIndex timeLeft = model.index(0, model.columnOf(Column::TimeLeft));
        const QModelIndex target = model.index(0, model.columnOf(Column::Target));
        QCOMPARE(model.data(timeLeft, ReferralTableModel::UrgencyRole).toInt(), 0);
        QCOMPARE(model.data(target, ReferralTableModel::UrgencyRole).toInt(), 0);
        clock.advance(25LL * 3600 * 1000);
        QCOMPARE(model.data(target, ReferralTableModel::UrgencyRole).toInt(), 1);
        clock.advance(44LL * 3600 * 1000);
        QCOMPARE(model.data(timeLeft, ReferralTableModel::UrgencyRole).toInt(), 2);
        QVERIFY(model.data(timeLeft, Qt::ForegroundRole).isValid());
        QVERIFY(model.data(timeLeft, Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
    }
};

QTEST_MAIN(TestReferralTableModel)
#include "tst_referraltablemodel.moc"
