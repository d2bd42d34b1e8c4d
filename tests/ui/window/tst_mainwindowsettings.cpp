#include "archivedfilterbar.h"
#include "referraltabpage.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

QComboBox *outcomeFilter(MainWindow *window)
{
    return window->page(Tab::Archived)->filterBar()->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
}

} // namespace

// What the window remembers, and for which database.
class TestMainWindowSettings : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_mainwindowsettings")); }

    void shouldRememberArchivedFiltersPerDatabase()
    {
        WindowFixture first(kNow);
        WindowFixture second(kNow);
        first.openWindow();
        QComboBox *outcome = outcomeFilter(first.window());
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Declined)));
        first.closeWindow();

        second.openWindow();
        QCOMPARE(outcomeFilter(second.window())->currentData().toString(), QString());
        outcome = outcomeFilter(second.window());
        outcome->setCurrentIndex(outcome->findData(statusName(Status::Won)));
        second.closeWindow();

        first.openWindow();
        QCOMPARE(outcomeFilter(first.window())->currentData().toString(), statusName(Status::Declined));
        second.openWindow();
        QCOMPARE(outcomeFilter(second.window())->currentData().toString(), statusName(Status::Won));
    }
};

QTEST_MAIN(TestMainWindowSettings)
#include "tst_mainwindowsettings.moc"
