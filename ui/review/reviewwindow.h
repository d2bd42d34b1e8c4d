#pragma once

#include "referraltotals.h"
#include "referralexport.h"
#include "workspace.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace rd {

class BackgroundConnection;
class DetailPane;
class ExportRunner;
class ReferralTableModel;
class ReviewFilterBar;

// The manager's review of archived deals: the archive under any mix of outcomes, closing days,
// country, business profile, rep and reason, with what the rows add up to (count, and value in
// each currency) beside them; any row opens read-only with its whole history, and the rows the
// filters show go to a CSV or Excel file. Totals and the filters' choices are counted on a
// connection and thread of their own; the rows come a page at a time.
class ReviewWindow : public QWidget
{
    Q_OBJECT
public:
    ReviewWindow(const Workspace &workspace, QWidget *parent);
    ~ReviewWindow() override;

    ReviewFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    ReferralTableModel *model() const { return m_model; }
    DetailPane *detailPane() const { return m_detail; }
    ExportRunner *exporter() const { return m_exporter; }
    QString totalsText() const;
    QString statusText() const;
    // The totals of the filters as last counted (none before the first count arrives).
    const std::optional<ReferralTotals> &totals() const { return m_totals; }

public slots:
    // Asks for a file (starting in the folder of the last export), then exports to it.
    void chooseExport(rd::ExportFormat format);
    // Writes the filtered rows to `path` in the background.
    void exportTo(rd::ExportFormat format, const QString &path);
    void reload();

signals:
    // The totals of the current filters arrived.
    void totalsUpdated();
    void exportFinished(const rd::ExportResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilters();
    void countTotals();
    void loadChoices();
    void showTotals();
    void showCurrent();
    void finishExport(const ExportResult &result, const QString &path);
    void retranslateUi();

    Workspace m_workspace;
    ReviewFilterBar *m_filters;
    ReferralTableModel *m_model;
    QTableView *m_table;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_totalsLabel;
    QLabel *m_status;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    QPushButton *m_close;
    ExportRunner *m_exporter;
    std::optional<ReferralTotals> m_totals;
    int m_totalsAsked = 0; // only the answer to the latest filters is shown
    // Last, so that it goes first: a count in progress ends before the window is torn down.
    std::unique_ptr<BackgroundConnection> m_worker;
};

} // namespace rd
