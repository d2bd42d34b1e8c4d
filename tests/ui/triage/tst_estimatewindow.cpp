#include "displaytext.h"
#include "estimatecontroller.h"
#include "estimatedialog.h"
#include "detailpane.h"
#include "noticebar.h"
#include "referraltabpage.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");
const Money kValue{1500000, QStringLiteral("KRW")};

QDate today(const QDateTime &now)
{
    return now.toTimeZone(QTimeZone::systemTimeZone()).date();
}

// The href of the pane's link whose text is `text`, as a click on it would give.
QUrl linkIn(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text() == text)
                return QUrl(fragment.charFormat().anchorHref());
        }
    }
    return {};
}

} // namespace

// Keeping a deal's estimate current from the window: the action, its dialog, the history, and
// a closing date that has passed.
class TestEstimateWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window(); }

    // "r0" in Negotiating, accepted with ₩1,500,000 closing on `closing`.
    void addNegotiatingReferral(const QDate &closing)
    {
        m_fixture->addEvaluatingReferral();
        ActionRequest accept;
        accept.action = Action::Accept;
        accept.value = kValue;
        accept.closingDate = closing;
        accept.notes = QStringLiteral("pilot first");
        accept.userZone = QTimeZone::systemTimeZone();
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r0"), accept, m_fixture->clock().now(), QStringLiteral("dana")).result,
                 ActionOutcome::Result::Applied);
    }

    EstimateDialog *openEstimateDialog()
    {
        m_fixture->select(Tab::Negotiating, 0);
        m_fixture->press(Qt::Key_E);
        return window()->estimates()->openDialog();
    }

    QString closingDateCell()
    {
        const ReferralTableModel *model = window()->page(Tab::Negotiating)->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->columnAt(column) == Column::ClosingDate)
                return model->data(model->index(0, column)).toString();
        }
        return {};
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_estimatewindow")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English));
    }

    void shouldUpdateValueAndClosingDateThroughTheDialog()
    {
        const QDate closing = today(kNow).addDays(20);
        addNegotiatingReferral(closing);
        m_fixture->openWindow();
        QPointer<EstimateDialog> dialog = openEstimateDialog();
        QVERIFY(dialog);
        // Prefilled with what is stored.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->text(), QStringLiteral("1500000"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"))->text(), DisplayText::date(closing));

        const QDate later = closing.addDays(40);
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("2,000,000"));
        dialog->findChild<QLineEdit *>(QStringLiteral("closingDate"))->setText(later.toString(Qt::ISODate));
        okButton(dialog)->click();

        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const Referral stored = *m_fixture->store().find(QStringLiteral("r0"));
        QCOMPARE(stored.estimate->value, (Money{2000000, QStringLiteral("KRW")}));
        QCOMPARE(stored.estimate->closingDate, later);
        QCOMPARE(stored.estimate->notes, QStringLiteral("pilot first"));
        const HistoryEntry last = m_fixture->store().history(QStringLiteral("r0")).last();
        QCOMPARE(last.event, HistoryEvent::EstimateChange);
        QCOMPARE(last.previousEstimate->value, kValue);
        QCOMPARE(last.previousEstimate->closingDate, closing);
        QCOMPARE(last.actor, QStringLiteral("dana"));

        const QString pane = window()->detailPane()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("Estimate updated, by dana")), qPrintable(pane));
        QVERIFY2(pane.contains(QStringLiteral("%1 → %2").arg(DisplayText::money(kValue), DisplayText::money(stored.estimate->value))), qPrintable(pane));
        QVERIFY2(pane.contains(QStringLiteral("%1 → %2").arg(DisplayText::date(closing), DisplayText::date(later))), qPrintable(pane));
        QVERIFY2(m_fixture->noticeText().contains(QStringLiteral("Updated the estimate")), qPrintable(m_fixture->noticeText()));
    }

    void shouldKeepTheDialogOpenWithCoreReasonWhenAValueIsRefused()
    {
        addNegotiatingReferral(today(kNow).addDays(20));
        m_fixture->openWindow();
        const int historyBefore = int(m_fixture->store().history(QStringLiteral("r0")).size());
        EstimateDialog *dialog = openEstimateDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("1500000.5"));
        okButton(dialog)->click();

        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problem(), parseMoney(QStringLiteral("1500000.5"), QStringLiteral("KRW")).error);
        QVERIFY(!dialog->problem().isEmpty());
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->estimate->value, kValue);
        QCOMPARE(int(m_fixture->store().history(QStringLiteral("r0")).size()), historyBefore);

        // Typing again takes the old reason away; a good value then goes through.
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("1600000"));
        QVERIFY(dialog->problem().isEmpty());
    }

    void shouldRefuseAChangeMadeElsewhereWhileTheDialogWasOpen()
    {
        addNegotiatingReferral(today(kNow).addDays(20));
        m_fixture->openWindow();
        EstimateDialog *dialog = openEstimateDialog();
        QVERIFY(dialog);
        EstimateChange elsewhere;
        elsewhere.amount = QStringLiteral("1700000");
        QCOMPARE(m_fixture->store().changeEstimate(QStringLiteral("r0"), elsewhere, kNow, QStringLiteral("sam")).result,
                 ActionOutcome::Result::Applied);

        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("1800000"));
        okButton(dialog)->click();

        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().startsWith(QStringLiteral("sam changed this referral at ")), qPrintable(dialog->problem()));
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->estimate->value.minorUnits, 1700000);
    }

    void shouldOfferTheUpdateOnlyWhileNegotiating()
    {
        m_fixture->addReferrals(2, kNow.addSecs(-3600));
        ActionRequest interested;
        interested.action = Action::Interested;
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r1"), interested, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        m_fixture->openWindow();
        QAction *update = window()->estimates()->action();
        QCOMPARE(update->shortcut(), QKeySequence(Qt::Key_E));

        m_fixture->select(Tab::New, 0);
        QVERIFY(!update->isEnabled());
        m_fixture->select(Tab::Evaluating, 0);
        QVERIFY(!update->isEnabled());
        m_fixture->press(Qt::Key_E);
        QVERIFY(!window()->estimates()->openDialog());

        ActionRequest accept;
        accept.action = Action::Accept;
        accept.value = kValue;
        accept.closingDate = today(kNow).addDays(30);
        accept.userZone = QTimeZone::systemTimeZone();
        QCOMPARE(m_fixture->store().apply(QStringLiteral("r1"), accept, kNow, QStringLiteral("dana")).result, ActionOutcome::Result::Applied);
        m_fixture->select(Tab::Negotiating, 0);
        QVERIFY(update->isEnabled());
        QVERIFY(window()->page(Tab::Negotiating)->view()->actions().contains(update));
    }

    void shouldMarkAPassedClosingDateAndOfferTheUpdateInThePane()
    {
        const QDate closing = today(kNow).addDays(1);
        addNegotiatingReferral(closing);
        m_fixture->clock().setNow(kNow.addDays(3));
        m_fixture->openWindow();
        QVERIFY2(closingDateCell().contains(QStringLiteral("closing date passed")), qPrintable(closingDateCell()));
        m_fixture->select(Tab::Negotiating, 0);
        QCOMPARE(window()->detailPane()->referralId(), std::optional<QString>(QStringLiteral("r0")));
        QVERIFY2(window()->detailPane()->toPlainText().contains(QStringLiteral("%1 · closing date passed").arg(DisplayText::date(closing))),
                 qPrintable(window()->detailPane()->toPlainText()));

        const QUrl link = linkIn(window()->detailPane()->document(), QStringLiteral("Update estimate…"));
        QVERIFY(link.isValid());
        emit window()->detailPane()->anchorClicked(link);
        EstimateDialog *dialog = window()->estimates()->openDialog();
        QVERIFY(dialog);
        // A new value alone is fine although the old closing date has passed.
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("1400000"));
        okButton(dialog)->click();
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QCOMPARE(m_fixture->store().find(QStringLiteral("r0"))->estimate->value.minorUnits, 1400000);
    }

    void shouldNotMarkAClosingDateThatIsToday()
    {
        addNegotiatingReferral(today(kNow).addDays(1));
        m_fixture->clock().setNow(kNow.addDays(1));
        m_fixture->openWindow();
        QVERIFY2(!closingDateCell().contains(QStringLiteral("passed")), qPrintable(closingDateCell()));
    }

    void shouldSayItInKorean()
    {
        addNegotiatingReferral(today(kNow).addDays(1));
        m_fixture->clock().setNow(kNow.addDays(3));
        m_fixture->openWindow();
        window()->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_VERIFY(window()->tabs()->tabText(0).startsWith(QStringLiteral("새 추천")));
        QVERIFY2(closingDateCell().contains(QStringLiteral("예상 완료 날짜 지남")), qPrintable(closingDateCell()));
        QVERIFY2(window()->estimates()->action()->text().startsWith(QStringLiteral("예상 정보 업데이트")),
                 qPrintable(window()->estimates()->action()->text()));
        m_fixture->select(Tab::Negotiating, 0);
        QVERIFY(window()->detailPane()->toPlainText().contains(QStringLiteral("예상 완료 날짜 지남")));
        QVERIFY(linkIn(window()->detailPane()->document(), QStringLiteral("예상 정보 업데이트…")).isValid());
        EstimateDialog *dialog = openEstimateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("예상 정보 업데이트"));
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("0"));
        okButton(dialog)->click();
        QCOMPARE(dialog->problem(), QStringLiteral("금액은 0보다 커야 합니다."));
    }
};

QTEST_MAIN(TestEstimateWindow)
#include "tst_estimatewindow.moc"
