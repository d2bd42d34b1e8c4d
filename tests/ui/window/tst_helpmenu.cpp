#include "helpmenu.h"
#include "shortcutsdialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

QStringList column(QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

} // namespace

// Help: the keys the window answers to, and what it is.
class TestHelpMenu : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_helpmenu")); }
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(kNow);
        m_fixture->addReferrals(1, kNow.addSecs(-3600));
        m_fixture->openWindow();
    }
    void cleanup() { m_fixture.reset(); }

    void shouldListEveryShortcutOnF1()
    {
        MainWindow *window = m_fixture->window();
        QCOMPARE(window->menuBar()->actions().last()->menu(), static_cast<QMenu *>(window->helpMenu()));
        QCOMPARE(window->helpMenu()->title(), QStringLiteral("&Help"));
        m_fixture->select(Tab::New, 0);
        m_fixture->press(Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        const QStringList keys = column(dialog->table(), 0);
        const QStringList what = column(dialog->table(), 1);
        for (const char *key : {"I", "N", "A", "D", "W", "L", "J", "K", "Ctrl+Z", "Ctrl+F", "Ctrl+O", "F1"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
        QCOMPARE(what.at(keys.indexOf(QStringLiteral("I"))), QStringLiteral("I'm interested"));
        QCOMPARE(what.at(keys.indexOf(QStringLiteral("Ctrl+Z"))), QStringLiteral("Undo"));

        // In the language the window speaks.
        window->languageAction(QStringLiteral("ko"))->trigger();
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("단축키"));
        QCOMPARE(dialog->table()->item(column(dialog->table(), 0).indexOf(QStringLiteral("I")), 1)->text(),
                 QStringLiteral("관심 있음"));
        window->languageAction(QStringLiteral("en"))->trigger();
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Keyboard shortcuts"));
    }

    void shouldNameTheVersionQtAndLicenceInAbout()
    {
        m_fixture->window()->helpMenu()->aboutAction()->trigger();
        QMessageBox *about = nullptr;
        QTRY_VERIFY((about = m_fixture->window()->findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) != nullptr);
        QVERIFY(about->text().contains(QStringLiteral("Referral Desk " REFERRAL_DESK_VERSION)));
        QVERIFY(about->informativeText().contains(QStringLiteral("Qt " QT_VERSION_STR)));
        QVERIFY(about->informativeText().contains(QStringLiteral("Licence: proprietary")));
        QVERIFY(about->informativeText().contains(QStringLiteral("GNU Lesser General Public License")));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
