#pragma once

#include "changefeed.h"
#include "clock.h"
#include "deadlinechecker.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "triagecontroller.h"

#include <QDialog>
#include <QPushButton>
#include <memory>

class QTemporaryDir;

namespace rd {

// The real window over a real SQLite file and a clock that moves only when told: what every
// window test starts from.
class WindowFixture
{
public:
    explicit WindowFixture(const QDateTime &now);
    ~WindowFixture();

    TestDatabase &db() { return *m_db; }
    ReferralStore &store() { return m_db->store(); }
    ManualClock &clock() { return *m_clock; }
    DeadlineChecker &checker() { return *m_checker; }
    MainWindow *window() const { return m_window.get(); }
    ChangeFeed &changes() { return *m_changes; }

    // Opens (or closes and opens again) the window, as the app does, and waits until it shows.
    void openWindow();
    void closeWindow();
    // `count` new referrals "r0", "r1", … received a second apart from `received`.
    void addReferrals(int count, const QDateTime &received);
    // One referral, "r0", already in Evaluating.
    void addEvaluatingReferral();
    Status statusOf(const QString &id) { return store().find(id)->status; }

    // Selects `row` of `tab` as a click would and returns the selected referral's id.
    QString select(Tab tab, int row);
    // A key pressed on the current tab's table.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString noticeText() const;

    // The dialog the last key opened; dialogs open window-modal, without blocking.
    template<typename Dialog>
    Dialog *openDialog() const
    {
        auto *dialog = qobject_cast<Dialog *>(m_window->triage()->openDialog());
        if (!dialog)
            qFatal("the expected dialog did not open");
        return dialog;
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DeadlineChecker> m_checker;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<MainWindow> m_window;
};

QPushButton *okButton(QDialog *dialog);

// Settings go to a fresh folder for this test program, and the UI speaks English.
void useTestSettings(QTemporaryDir &config, const QString &program);

} // namespace rd
