#include "dashboardwindow.h"

#include "backgroundconnection.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "databasesettings.h"
#include "displaytext.h"
#include "profilestore.h"
#include "ratesdialog.h"
#include "referralreport.h"
#include "referralstore.h"
#include "reportcharts.h"
#include "reportpdf.h"
#include "reportperiods.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

const QString kRatesKey = QStringLiteral("review.rates");
const QString kFolderKey = QStringLiteral("dashboardWindow/pdfFolder");
const QStringList kSectionIds{QStringLiteral("funnel"), QStringLiteral("outcomes"), QStringLiteral("reasons"),
                              QStringLiteral("responsiveness"), QStringLiteral("byRep"), QStringLiteral("byProfile"),
                              QStringLiteral("pipeline"), QStringLiteral("forecast"), QStringLiteral("estimates")};

void fillTable(QTableWidget *widget, const ReportTable &table)
{
    widget->clear();
    widget->setColumnCount(int(table.headers.size()));
    widget->setRowCount(int(table.rows.size()));
    widget->setHorizontalHeaderLabels(table.headers);
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.rows.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(table.rows.at(row).at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            widget->setItem(row, column, item);
        }
    }
    widget->resizeColumnsToContents();
}

} // namespace

DashboardWindow::DashboardWindow(const Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_worker(std::make_unique<BackgroundConnection>(workspace.database.spec(), QStringLiteral("dashboard-report")))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    auto *layout = new QVBoxLayout(this);
    createControls(layout);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    for (const QString &id : kSectionIds) {
        Section section{new QLabel(content), new QChartView(content), new QTableWidget(content), new QLabel(content)};
        section.title->setObjectName(id + QStringLiteral("Title"));
        QFont bold = section.title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        section.title->setFont(bold);
        section.chart->setObjectName(id + QStringLiteral("Chart"));
        section.chart->setRenderHint(QPainter::Antialiasing);
        section.chart->setMinimumSize(460, 300);
        section.table->setObjectName(id + QStringLiteral("Table"));
        section.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        section.table->verticalHeader()->hide();
        section.table->setMinimumWidth(420);
        section.note->setObjectName(id + QStringLiteral("Note"));
        section.note->setWordWrap(true);
        section.note->setTextFormat(Qt::PlainText);
        auto *row = new QHBoxLayout;
        row->addWidget(section.chart, 1);
        row->addWidget(section.table, 1);
        sections->addWidget(section.title);
        sections->addLayout(row);
        sections->addWidget(section.note);
        m_sections.insert(id, section);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Cancel);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    connect(&m_workspace.changes, &ChangeFeed::changedElsewhere, this, &DashboardWindow::refresh);
    connect(&m_workspace.store, &ReferralStore::referralsChanged, this, &DashboardWindow::refresh);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("dashboardWindow/geometry")).toByteArray()))
        resize(1200, 860);
    loadPartners();
    loadRates();
    retranslateUi();
    applyPreset(0);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::createControls(QVBoxLayout *layout)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int i = 0; i <= int(periodPresets().size()); ++i)
        m_preset->addItem(QString());
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingPeriod)
                return;
            // A day typed by hand is a period of its own: the preset says so.
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->count() - 1);
            refresh();
        });
    }
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerFilter"));
    m_convert = new QCheckBox(this);
    m_convert->setObjectName(QStringLiteral("convertCurrency"));
    m_rates = new QPushButton(this);
    m_rates->setObjectName(QStringLiteral("ratesButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_periodLabel = new QLabel(this);
    m_partnerLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_preset);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_partnerLabel);
    top->addWidget(m_partner);
    top->addSpacing(12);
    top->addWidget(m_convert);
    top->addWidget(m_rates);
    top->addStretch(1);
    top->addWidget(m_pdf);
    top->addWidget(m_close);
    layout->addLayout(top);
    auto *info = new QHBoxLayout;
    info->addWidget(m_comparison, 1);
    info->addWidget(m_status);
    layout->addLayout(info);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardWindow::applyPreset);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &DashboardWindow::refresh);
    connect(m_convert, &QCheckBox::toggled, this, &DashboardWindow::render);
    connect(m_rates, &QPushButton::clicked, this, &DashboardWindow::showRates);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardWindow::choosePdf);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
}

void DashboardWindow::applyPreset(int index)
{
    const QList<PeriodPreset> presets = periodPresets();
    if (index < 0 || index >= presets.size())
        return;
    const ReportPeriod period = presetPeriod(presets.at(index), m_workspace.clock.now().toLocalTime().date(), QTimeZone::systemTimeZone());
    m_settingPeriod = true;
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_settingPeriod = false;
    refresh();
}

void DashboardWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(m_preset->count() - 1);
    refresh();
}

void DashboardWindow::setPartner(const QString &partnerId)
{
    m_partner->setCurrentIndex(qMax(0, m_partner->findData(partnerId)));
}

void DashboardWindow::setConverting(bool on)
{
    m_convert->setChecked(on);
}

void DashboardWindow::loadPartners()
{
    // A handful of rows: partners and profiles are read on the window's own connection.
    ProfileStore profiles(m_workspace.database);
    const QString chosen = m_partner->currentData().toString();
    const QSignalBlocker blocker(m_partner);
    while (m_partner->count() > 1)
        m_partner->removeItem(1);
    if (m_partner->count() == 0)
        m_partner->addItem(QString());
    for (const PartnerOrganisation &partner : profiles.partners())
        m_partner->addItem(partner.name, partner.id);
    m_partner->setCurrentIndex(qMax(0, m_partner->findData(chosen)));
    m_profileNames.clear();
    for (const BusinessProfile &profile : profiles.profiles())
        m_profileNames.insert(profile.id, profile.region.isEmpty() ? profile.id : profile.region);
}

void DashboardWindow::loadRates()
{
    m_storedRates = ratesFromText(DatabaseSettings::value(m_workspace.database, kRatesKey).value_or(QString()));
}

void DashboardWindow::refresh()
{
    ReportScope scope;
    scope.period = ReportPeriod{m_from->date(), m_to->date(), QTimeZone::systemTimeZone()};
    scope.partnerId = m_partner->currentData().toString();
    scope.now = m_workspace.clock.now();
    if (!scope.period.isValid()) {
        m_status->setText(tr("The first day comes after the last."));
        return;
    }
    m_status->setText(tr("Computing…"));
    const int asked = ++m_asked;
    m_worker->run(
        [scope](Database *database, const QString &openError) {
            std::pair<std::optional<Report>, QString> answer;
            if (!database) {
                answer.second = openError;
                return answer;
            }
            ReportBuilder builder(*database);
            answer.first = builder.build(scope);
            answer.second = builder.lastError();
            return answer;
        },
        [this, asked](std::pair<std::optional<Report>, QString> answer) {
            if (asked != m_asked)
                return;
            if (!answer.first) {
                m_status->setText(tr("The report could not be computed: %1").arg(answer.second));
                return;
            }
            m_status->clear();
            m_context = ReportContext{*answer.first, {}, m_profileNames};
            render();
            emit reportShown();
        });
}

void DashboardWindow::render()
{
    if (!m_context)
        return;
    m_context->rates = m_convert->isChecked() ? m_storedRates : ConversionRates{};
    const ReportContext &context = *m_context;
    m_comparison->setText(tr("This period: %1 · Previous period: %2")
                              .arg(ReportTables::periodText(context.report.current.period),
                                   ReportTables::periodText(context.report.previous.period)));
    for (const ReportTable &table : ReportTables::all(context)) {
        const Section &section = m_sections.value(table.id);
        section.title->setText(table.title);
        fillTable(section.table, table);
        section.note->setText(table.note);
        section.note->setVisible(!table.note.isEmpty());
        // The view owns its chart and deletes the one it showed before.
        QChart *old = section.chart->chart();
        section.chart->setChart(ReportCharts::make(table.id, context));
        delete old;
    }
}

QTableWidget *DashboardWindow::table(const QString &id) const
{
    return m_sections.value(id).table;
}

QChart *DashboardWindow::chart(const QString &id) const
{
    const Section section = m_sections.value(id);
    return section.chart ? section.chart->chart() : nullptr;
}

QString DashboardWindow::noteOf(const QString &id) const
{
    const Section section = m_sections.value(id);
    return section.note ? section.note->text() : QString();
}

QString DashboardWindow::statusText() const
{
    return m_status->text();
}

void DashboardWindow::showRates()
{
    if (!m_ratesDialog) {
        loadRates(); // another window may have changed them
        RatesDialog *dialog = new RatesDialog(m_storedRates, this);
        m_ratesDialog = dialog;
        // finished() comes before accepted(): the dialog is named here, not through the member.
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const ConversionRates rates = dialog->rates();
            QString error;
            if (!DatabaseSettings::setValue(m_workspace.database, kRatesKey, ratesToText(rates), &error)) {
                m_status->setText(error);
                return;
            }
            m_storedRates = rates;
            m_convert->setChecked(!rates.target.isEmpty());
            render();
        });
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            dialog->deleteLater();
            m_ratesDialog = nullptr;
        });
    }
    m_ratesDialog->open();
}

QString DashboardWindow::partnerName() const
{
    return m_partner->currentIndex() > 0 ? m_partner->currentText() : tr("All partners");
}

void DashboardWindow::choosePdf()
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as PDF"),
                                                      QDir(folder).filePath(QStringLiteral("dashboard.pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    const QString error = exportPdf(path);
    m_status->setText(error.isEmpty() ? tr("Saved: %1").arg(QDir::toNativeSeparators(path)) : error);
}

QString DashboardWindow::exportPdf(const QString &path)
{
    if (!m_context)
        return tr("The report is not ready yet.");
    return writeReportPdf(path, *m_context, partnerName(), m_workspace.clock.now());
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("dashboardWindow/geometry"), saveGeometry());
    QWidget::closeEvent(event);
}

void DashboardWindow::retranslateUi()
{
    setWindowTitle(tr("Dashboard"));
    m_periodLabel->setText(tr("Period:"));
    const QStringList presets{tr("This month"), tr("Last month"), tr("This quarter"), tr("Last 90 days"), tr("This year"), tr("Chosen days")};
    for (int i = 0; i < presets.size() && i < m_preset->count(); ++i)
        m_preset->setItemText(i, presets.at(i));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(DisplayText::dateFormat());
    }
    m_partnerLabel->setText(tr("Partner:"));
    if (m_partner->count() > 0)
        m_partner->setItemText(0, tr("All partners"));
    m_convert->setText(tr("Convert to one currency"));
    m_rates->setText(tr("Rates…"));
    m_pdf->setText(tr("Save as PDF…"));
    m_close->setText(tr("Close"));
    // The charts and tables say their words again.
    render();
}

} // namespace rd
