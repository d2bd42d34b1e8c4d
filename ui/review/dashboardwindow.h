#pragma once

#include "reporttables.h"
#include "workspace.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace rd {

class BackgroundConnection;
class RatesDialog;

// The manager's dashboard: for a period (a preset or any two days) and the one of the same
// length before it, of one partner or all, every number of the report as a chart with its
// table beside it: funnel, outcomes by month, reasons, responsiveness (overall, by rep, by
// profile), pipeline, forecast and estimates against outcomes. Amounts may be converted to one
// currency with rates the manager entered, always said with the rates and their dates. The
// report is computed on a connection and thread of its own; only the latest answer is shown.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(const Workspace &workspace, QWidget *parent);
    ~DashboardWindow() override;

    void setPeriod(const QDate &from, const QDate &to);
    void setPartner(const QString &partnerId);
    // Converts amounts with the stored rates (RatesDialog) when on.
    void setConverting(bool on);
    QTableWidget *table(const QString &id) const;
    QChart *chart(const QString &id) const;
    QString noteOf(const QString &id) const;
    QString statusText() const;
    // The report on show with what it is said with; none before the first answer.
    const std::optional<ReportContext> &context() const { return m_context; }
    RatesDialog *ratesDialog() const { return m_ratesDialog; }

public slots:
    void refresh();
    void showRates();
    // Asks for a file (starting in the folder of the last one), then writes the PDF there.
    void choosePdf();
    // Writes the dashboard on show as a PDF report; the error, or empty when it was written.
    QString exportPdf(const QString &path);

signals:
    // A report arrived and is on show.
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Section
    {
        QLabel *title;
        QChartView *chart;
        QTableWidget *table;
        QLabel *note;
    };
    void createControls(QVBoxLayout *layout);
    void applyPreset(int index);
    void loadPartners();
    void loadRates();
    void render();
    void retranslateUi();
    QString partnerName() const;

    Workspace m_workspace;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_partner;
    QCheckBox *m_convert;
    QPushButton *m_rates;
    QPushButton *m_pdf;
    QPushButton *m_close;
    QLabel *m_periodLabel;
    QLabel *m_partnerLabel;
    QLabel *m_status;
    QLabel *m_comparison;
    QHash<QString, Section> m_sections;
    std::optional<ReportContext> m_context;
    ConversionRates m_storedRates;
    QHash<QString, QString> m_profileNames;
    RatesDialog *m_ratesDialog = nullptr;
    int m_asked = 0; // only the answer to the latest request is shown
    bool m_settingPeriod = false;
    // Last, so that it goes first: a report in progress ends before the window is torn down.
    std::unique_ptr<BackgroundConnection> m_worker;
};

} // namespace rd
