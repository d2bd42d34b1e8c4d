#pragma once

#include "connectionspec.h"
#include "lifecycle.h"
#include "referralstore.h"
#include "workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QLineEdit;
class QMenu;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace rd {

class Clock;
class Database;
class DatabaseActions;
class DeadlineAlerts;
class DesktopNotifier;
class DeadlineChecker;
class DetailPane;
class EstimateController;
class HelpMenu;
class ImportController;
class LanguageMenu;
class NoticeBar;
class ProgrammeMenu;
class ReviewMenu;
class ReferralTabPage;
class SetAsideReport;
class TriageActions;
class ClaimController;
class TriageController;
struct FileImportReport;

// The triage window: four tabs of referrals, the detail pane beside them, the decisions on
// keys, a notice bar that explains and offers Undo.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReferralTabPage *page(Tab tab) const;
    ReferralTabPage *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    DetailPane *detailPane() const { return m_detail; }
    NoticeBar *noticeBar() const { return m_notices; }
    QLineEdit *searchField() const { return m_search; }
    QAction *triageAction(Action action) const;
    QAction *undoAction() const { return m_undo; }
    QAction *languageAction(const QString &language) const;
    TriageController *triage() const { return m_triage; }
    EstimateController *estimates() const { return m_estimates; }
    ClaimController *claims() const { return m_claims; }
    SetAsideReport *setAsideReport() const { return m_setAsideReport; }
    ImportController *importer() const { return m_import; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    QMenu *programmeMenu() const;
    ReviewMenu *reviewMenu() const { return m_reviewMenu; }
    bool showsEmptyState() const;
    // The open database, and who is connected to it.
    const ConnectionSpec &connection() const;
    DatabaseActions *databaseActions() const { return m_databaseActions; }
    // Remembers the layout and the open database's choices; closing does it too.
    void saveSettings() const;

public slots:
    void importFiles(const QStringList &files);
    void loadSamples();
    void askToRemoveSamples();
    void removeSamples();
    // Repaints the clocks; runs every minute.
    void tick();
    void reloadAll();

signals:
    void alerted(const QString &title, const QString &message);
    // File > New, Open or Open recent chose another database (`create`: a new one).
    void databaseRequested(const QString &path, bool create);
    // File > Connect to team server… chose a server, with the password typed (if any).
    void serverRequested(const QString &address, const QString &password);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    void switchLanguage(const QString &language);
    void updateActions();
    void updateTabTitles();
    void showCurrent(const QString &id);
    // Shows `id` in its tab, selected: after Undo it is where the rep left it.
    void selectReferral(const QString &id);
    void startTriage(Action action);
    void chooseFilesToImport();
    void importFinished(const QList<FileImportReport> &reports);
    void onArchived(const SweepResult &result);
    // A desktop notification that names what the deadline checker archived.
    void announceArchived(const SweepResult &result);
    void rescheduleDeadlines();
    void applySearch();
    void alert(const QString &title, const QString &message);
    void restoreSettings();
    // A settings key that belongs to the open database only.
    QString databaseKey(const QString &name) const;

    Database &m_database;
    ReferralStore &m_store;
    const Clock &m_clock;
    DeadlineChecker &m_checker;
    ChangeFeed &m_changes;
    QString m_user; // the session's actor: decisions are recorded under it

    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QList<ReferralTabPage *> m_pages;
    DetailPane *m_detail;
    NoticeBar *m_notices;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QTimer m_minute;
    QAction *m_undo = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_samplesAction = nullptr;
    QAction *m_removeSamplesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_referralMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    ProgrammeMenu *m_programmeMenu = nullptr;
    ReviewMenu *m_reviewMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    TriageController *m_triage;
    EstimateController *m_estimates;
    ClaimController *m_claims;
    SetAsideReport *m_setAsideReport;
    ImportController *m_import;
    DeadlineAlerts *m_alerts;
    DesktopNotifier *m_notifier;
    TriageActions *m_triageActions;
    DatabaseActions *m_databaseActions;
    QHash<Tab, int> m_counts;
};

} // namespace rd
