#pragma once

#include "partnerfinder.h"
#include "rfisubmission.h"
#include "workspace.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace rd {

class BackgroundConnection;
class FoundPartnerModel;
class PartnerSearchForm;
class RfiDialog;

// Find a partner: what the customer asks for above, the partners that serve them below, best
// first, each with its score and why. The search runs as the criteria change (once the typing
// pauses) or on Enter, on a connection of its own on another thread, and only the answer to
// the latest criteria is shown. One to five results go an RFI at once through Send RFI….
class FindPartnerWindow : public QWidget
{
    Q_OBJECT
public:
    // A window of its own over `parent`, searching another connection like the workspace's.
    FindPartnerWindow(const Workspace &workspace, QWidget *parent);
    ~FindPartnerWindow() override;

    PartnerSearchForm *form() const { return m_form; }
    QTableView *results() const { return m_results; }
    FoundPartnerModel *model() const { return m_model; }
    QPushButton *sendRfiButton() const { return m_sendRfi; }
    // The RFI dialog while it is open.
    RfiDialog *rfiDialog() const;
    bool isSearching() const { return m_pending > 0; }
    // What the last search came to, or why none ran.
    QString searchState() const;
    // What the last RFI came to.
    QString statusText() const;
    // The profile ids of the selected results, best first.
    QStringList selectedProfileIds() const;

    // The typing pauses this long before a search runs.
    static constexpr int kSearchDelayMs = 250;
    static constexpr int kResultLimit = 50;

public slots:
    void searchNow();
    void sendRfi();

signals:
    // The results of the latest criteria are shown.
    void searched();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Answer
    {
        int generation = 0;
        QList<FoundPartner> found;
        QHash<QString, QString> partnerNames;
        QString error;
    };
    enum class State { NoSearch, Searching, Found, Failed };

    void createLayout();
    void scheduleSearch();
    void showAnswer(const Answer &answer);
    void updateSearchState();
    void updateSelection();
    // The selected rows, best first.
    QList<int> selectedRows() const;
    void showOutcome();
    void retranslateUi();
    void rememberGeometry() const;

    Workspace m_workspace;
    PartnerSearchForm *m_form;
    QLabel *m_searchState;
    QTableView *m_results;
    FoundPartnerModel *m_model;
    QLabel *m_selectionHint;
    QLabel *m_status;
    QPushButton *m_sendRfi;
    QPushButton *m_close;
    QSplitter *m_splitter;
    QTimer m_delay;
    State m_state = State::NoSearch;
    QString m_error;
    int m_generation = 0;
    int m_pending = 0;
    // The latest generation asked for, read by the worker to skip searches already superseded.
    std::shared_ptr<std::atomic<int>> m_latest;
    PartnerSearch m_shownSearch;
    QPointer<RfiDialog> m_dialog;
    std::optional<RfiOutcome> m_outcome;
    // Last, so that it goes first: no answer arrives for a window half torn down.
    std::unique_ptr<BackgroundConnection> m_worker;
};

} // namespace rd
