#include "mailsettings.h"
#include "mailsettingsdialog.h"
#include "outboxmodel.h"
#include "outboxwindow.h"
#include "programmemenu.h"
#include "programmewindows.h"
#include "rfisubmission.h"
#include "smtptestserver.h"
#include "translations.h"
#include "typing.h"
#include "windowfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// The Outbox window over a real SQLite file and a real SMTP server: what the programme wrote,
// sent on a worker thread with Send now, failures with the server's words, Retry, the filter.
class TestOutboxWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;
    QPointer<OutboxWindow> m_window;

    // Two profiles: one whose contact's mailbox takes mail, one whose server refuses it.
    void storeProfiles()
    {
        storeProgramme(m_fixture->db().database(),
                       {{QStringLiteral("contoso"), QStringLiteral("Contoso Korea")}},
                       {programmeProfile(QStringLiteral("seoul"), QStringLiteral("contoso"), QStringLiteral("KR"), QStringLiteral("minji@contoso.example")),
                        programmeProfile(QStringLiteral("busan"), QStringLiteral("contoso"), QStringLiteral("KR"), QStringLiteral("reject-me@example.com"))});
    }

    // One RFI to both profiles: two new-referral alerts, due now.
    RfiOutcome submitToBoth()
    {
        Referral request = sampleReferral(QString(), kNow);
        request.id.clear();
        const RfiOutcome outcome = submitRfi(m_fixture->db().database(), m_fixture->store(), request,
                                             {QStringLiteral("seoul"), QStringLiteral("busan")}, kNow, QStringLiteral("dana"));
        if (outcome.result != RfiOutcome::Result::Submitted)
            qFatal("the RFI was not submitted: %s", qPrintable(outcome.message));
        return outcome;
    }

    void open()
    {
        m_fixture->openWindow();
        ProgrammeMenu *menu = programmeMenu(*m_fixture);
        m_window = qobject_cast<OutboxWindow *>(openProgrammeWindow(menu->outboxAction(), [menu] { return menu->outboxWindow(); }));
    }

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_window->model()->index(row, column).data(role).toString();
    }

    int rowTo(const QString &recipient) const
    {
        for (int row = 0; row < m_window->model()->rowCount(); ++row) {
            if (m_window->model()->message(row).recipient == recipient)
                return row;
        }
        return -1;
    }

    void selectRow(int row)
    {
        QTableView *view = m_window->table();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_window->model()->index(row, OutboxModel::To)).center());
    }

    void chooseFilter(const QString &text)
    {
        QComboBox *filter = m_window->statusFilter();
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Home);
        for (int step = 0; step < filter->count() && filter->currentText() != text; ++step)
            QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentText(), text);
    }

    QStringList statuses() const
    {
        QStringList statuses;
        for (int row = 0; row < m_window->model()->rowCount(); ++row)
            statuses.append(cell(row, OutboxModel::Status));
        return statuses;
    }

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_outboxwindow")); }
    void init()
    {
        // No keyring in reach: the password has nowhere to go but the environment.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/referral-desk-test-bus");
        qunsetenv("REFERRAL_DESK_SMTP_PASSWORD");
        m_fixture = std::make_unique<WindowFixture>(kNow);
        storeProfiles();
    }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldOpenOnceFromTheProgrammeMenuAndSpeakTheUiLanguage()
    {
        submitToBoth();
        open();
        ProgrammeMenu *menu = programmeMenu(*m_fixture);
        QCOMPARE(menu->outboxAction()->text(), QStringLiteral("&Outbox…"));
        QCOMPARE(m_window->parentWidget(), m_fixture->window());
        QVERIFY(m_window->isWindow());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Outbox"));
        menu->outboxAction()->trigger();
        QCOMPARE(m_fixture->window()->findChildren<OutboxWindow *>().size(), 1);
        QCOMPARE(cell(0, OutboxModel::Kind), QStringLiteral("New referral alert"));

        // The real catalogue, as View > Language switches it.
        installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QTRY_COMPARE(menu->outboxAction()->text(), QStringLiteral("발송함(&O)…"));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("발송함"));
        QCOMPARE(cell(0, OutboxModel::Kind), QStringLiteral("새 추천 알림"));
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Outbox"));
    }

    void shouldListTheMessagesAPageAtATime()
    {
        QList<Referral> referrals;
        for (int i = 0; i < 450; ++i) {
            Referral referral = sampleReferral(QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')), kNow.addSecs(-60));
            referral.partnerId = QStringLiteral("contoso");
            referral.profileId = QStringLiteral("seoul");
            referrals.append(referral);
        }
        QVERIFY(m_fixture->store().insert(referrals, kNow, QStringLiteral("importer")).error.isEmpty());
        open();
        QCOMPARE(m_window->model()->rowCount(), OutboxModel::kPageSize);
        QCOMPARE(cell(0, OutboxModel::Referral), QStringLiteral("r000"));
        QCOMPARE(cell(0, OutboxModel::To), QStringLiteral("담당자 seoul <minji@contoso.example>"));
        QCOMPARE(cell(0, OutboxModel::Status), QStringLiteral("Pending"));
        QCOMPARE(cell(0, OutboxModel::Attempts), QStringLiteral("0"));
        QVERIFY(m_window->model()->canFetchMore({}));
        m_window->table()->scrollToBottom();
        QTRY_COMPARE(m_window->model()->rowCount(), 2 * OutboxModel::kPageSize);
        m_window->table()->scrollToBottom();
        QTRY_COMPARE(m_window->model()->rowCount(), 450);
        QVERIFY(!m_window->model()->canFetchMore({}));
        QCOMPARE(cell(449, OutboxModel::Referral), QStringLiteral("r449"));
    }

    void shouldSendWhatIsDueOnAWorkerAndShowWhatBecameOfIt()
    {
        SmtpTestServer server;
        QVERIFY(server.start());
        QString error;
        QVERIFY2(saveMailSettings(m_fixture->db().database(), {server.url(), QStringLiteral("desk@example.com"), QString()}, &error), qPrintable(error));
        submitToBoth();
        open();
        QCOMPARE(statuses(), (QStringList{QStringLiteral("Pending"), QStringLiteral("Pending")}));

        QTest::mouseClick(m_window->sendNowButton(), Qt::LeftButton);
        // The click came back before the round was over: the window stays live meanwhile.
        QVERIFY(m_window->isSending());
        QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("busy"))->isVisible());
        QVERIFY(!m_window->sendNowButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSending(), 30000);
        QCOMPARE(m_window->statusText(), QStringLiteral("1 sent, 1 failed, 0 waiting to retry"));
        QVERIFY(m_window->sendNowButton()->isEnabled());

        const int sent = rowTo(QStringLiteral("minji@contoso.example"));
        const int refused = rowTo(QStringLiteral("reject-me@example.com"));
        QVERIFY(sent >= 0 && refused >= 0);
        QCOMPARE(cell(sent, OutboxModel::Status), QStringLiteral("Sent"));
        QCOMPARE(cell(sent, OutboxModel::Attempts), QStringLiteral("1"));
        QVERIFY(!cell(sent, OutboxModel::SentAt).isEmpty());
        QVERIFY(cell(sent, OutboxModel::SentAt, Qt::ToolTipRole).contains(QStringLiteral("2026-08-10 12:00:00 UTC")));
        QCOMPARE(cell(refused, OutboxModel::Status), QStringLiteral("Failed"));
        QVERIFY2(cell(refused, OutboxModel::Error).contains(QStringLiteral("550")), qPrintable(cell(refused, OutboxModel::Error)));
        QVERIFY2(cell(refused, OutboxModel::Error).contains(QStringLiteral("mailbox unavailable")), qPrintable(cell(refused, OutboxModel::Error)));
        const QJsonArray delivered = server.messages();
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).toObject().value(QStringLiteral("envelopeTo")).toArray(), QJsonArray{QStringLiteral("minji@contoso.example")});
        QVERIFY(!delivered.at(0).toObject().value(QStringLiteral("subject")).toString().isEmpty());

        // Retry is for a failed message only, on the button and in the context menu alike.
        selectRow(sent);
        QVERIFY(!m_window->retryButton()->isEnabled());
        QVERIFY(m_window->table()->actions().contains(m_window->retryAction()));
        QVERIFY(!m_window->retryAction()->isEnabled());
        chooseFilter(QStringLiteral("Failed"));
        QCOMPARE(m_window->model()->rowCount(), 1);
        QCOMPARE(m_window->model()->message(0).recipient, QStringLiteral("reject-me@example.com"));
        selectRow(0);
        QVERIFY(m_window->retryButton()->isEnabled());
        QVERIFY(m_window->retryAction()->isEnabled());
        QTest::mouseClick(m_window->retryButton(), Qt::LeftButton);
        QCOMPARE(m_window->model()->rowCount(), 0);
        chooseFilter(QStringLiteral("All messages"));
        QCOMPARE(cell(rowTo(QStringLiteral("reject-me@example.com")), OutboxModel::Status), QStringLiteral("Pending"));
        const std::optional<OutboxMessage> retried = m_fixture->db().outbox().message(m_window->model()->message(rowTo(QStringLiteral("reject-me@example.com"))).id);
        QVERIFY(retried && retried->status() == OutboxStatus::Pending);
        chooseFilter(QStringLiteral("Sent"));
        QCOMPARE(statuses(), QStringList{QStringLiteral("Sent")});
    }

    void shouldStayLiveWhileTheServerTakesItsTime()
    {
        // A server that takes the connection and never says a word, until it goes away.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QString error;
        QVERIFY(saveMailSettings(m_fixture->db().database(),
                                 {QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("desk@example.com"), QString()}, &error));
        submitToBoth();
        open();
        QElapsedTimer click;
        click.start();
        QTest::mouseClick(m_window->sendNowButton(), Qt::LeftButton);
        QVERIFY2(click.elapsed() < 2000, "Send now waited for the server on the GUI thread");
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket *connection = silent.nextPendingConnection();
        QTest::qWait(300);
        QVERIFY(m_window->isSending());
        QCOMPARE(statuses(), (QStringList{QStringLiteral("Pending"), QStringLiteral("Pending")}));
        connection->abort();
        silent.close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSending(), 30000);
        // Out of reach: nothing failed for good, both wait for the next round.
        QCOMPARE(m_window->statusText(), QStringLiteral("0 sent, 0 failed, 2 waiting to retry"));
        QCOMPARE(statuses(), (QStringList{QStringLiteral("Pending"), QStringLiteral("Pending")}));
        QVERIFY(!cell(0, OutboxModel::NotBefore).isEmpty());
        QVERIFY(!cell(0, OutboxModel::Error).isEmpty());
    }

    void shouldSayWhatIsMissingBeforeSending()
    {
        submitToBoth();
        open();
        QTest::mouseClick(m_window->sendNowButton(), Qt::LeftButton);
        QVERIFY(!m_window->isSending());
        QVERIFY2(m_window->statusText().contains(QStringLiteral("Mail settings")), qPrintable(m_window->statusText()));
        QCOMPARE(statuses(), (QStringList{QStringLiteral("Pending"), QStringLiteral("Pending")}));
    }

    void shouldFollowWhatOtherConnectionsCommit()
    {
        const RfiOutcome outcome = submitToBoth();
        open();
        DatabaseError error;
        std::unique_ptr<Database> elsewhere = Database::open(m_fixture->db().database().spec(), &error);
        QVERIFY2(elsewhere, qPrintable(error.message));
        Outbox other(*elsewhere);
        const qint64 id = other.list(outcome.referrals.at(0).id).constFirst().id;
        QVERIFY(other.withdraw(id, kNow));
        m_fixture->changes().checkNow();
        QTRY_COMPARE(cell(m_window->model()->rowOf(id), OutboxModel::Status), QStringLiteral("Withdrawn"));
    }

    void shouldSaveMailSettingsCheckedAsTheyAreTyped()
    {
        open();
        QTest::mouseClick(m_window->mailSettingsButton(), Qt::LeftButton);
        MailSettingsDialog *dialog = m_window->mailSettingsDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->okButton()->isEnabled());
        typeText(dialog->serverEdit(), QStringLiteral("mail.example.com:587"));
        typeText(dialog->fromEdit(), QStringLiteral("desk@example.com"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("smtp://")), qPrintable(dialog->problemText()));
        retypeText(dialog->serverEdit(), QStringLiteral("smtp://mail.example.com:587"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
        QVERIFY(!dialog->passwordEdit()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->mailSettingsDialog());
        QCOMPARE(loadMailSettings(m_fixture->db().database()),
                 (MailSettings{QStringLiteral("smtp://mail.example.com:587"), QStringLiteral("desk@example.com"), QString()}));

        // With a user, the password goes to the keyring; there is none here, and it says so.
        QTest::mouseClick(m_window->mailSettingsButton(), Qt::LeftButton);
        dialog = m_window->mailSettingsDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->serverEdit()->text(), QStringLiteral("smtp://mail.example.com:587"));
        typeText(dialog->userEdit(), QStringLiteral("desk"));
        QVERIFY(dialog->passwordEdit()->isEnabled());
        typeText(dialog->passwordEdit(), QStringLiteral("secret"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->problemText().contains(QStringLiteral("REFERRAL_DESK_SMTP_PASSWORD")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(loadMailSettings(m_fixture->db().database())->user, QStringLiteral("desk"));
        QVERIFY(!m_fixture->db().scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%secret%'")).toBool());
        dialog->reject();
    }

    void shouldRememberWhereTheWindowWas()
    {
        open();
        m_window->resize(900, 520);
        m_window->close();
        QTRY_VERIFY(!m_window);
        programmeMenu(*m_fixture)->outboxAction()->trigger();
        QCOMPARE(programmeMenu(*m_fixture)->outboxWindow()->size(), QSize(900, 520));
    }
};

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
