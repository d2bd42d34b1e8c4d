#include "reviewwindow.h"

#include "backgroundconnection.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "detailpane.h"
#include "displaytext.h"
#include "exportrunner.h"
#include "referraltablemodel.h"
#include "reviewfilterbar.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {

const QString kFolderKey = QStringLiteral("reviewWindow/exportFolder");

} // namespace

ReviewWindow::ReviewWindow(const Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_filters(new ReviewFilterBar(workspace.clock.now().toLocalTime().date(), this))
    , m_model(new ReferralTableModel(workspace.store, workspace.clock, Tab::Archived, this))
    , m_table(new QTableView(this))
    , m_detail(new DetailPane(workspace.store, workspace.clock, this))
    , m_splitter(new QSplitter(this))
    , m_totalsLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportXlsx(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_exporter(new ExportRunner(workspace.database.spec(), workspace.store.policy(), this))
    , m_worker(std::make_unique<BackgroundConnection>(workspace.database.spec(), QStringLiteral("review-totals")))
{
    setObjectName(QStringLiteral("reviewWindow"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    // A fixed row height lets the view place any number of rows without measuring them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_totalsLabel->setObjectName(QStringLiteral("totals"));
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_totalsLabel, 1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportXlsx);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Cancel);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    connect(m_filters, &ReviewFilterBar::changed, this, &ReviewWindow::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewWindow::showCurrent);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Xlsx); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_exporter, &ExportRunner::finished, this, &ReviewWindow::finishExport);
    connect(&m_workspace.changes, &ChangeFeed::changedElsewhere, this, &ReviewWindow::reload);
    connect(&m_workspace.store, &ReferralStore::referralsChanged, this, &ReviewWindow::reload);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("reviewWindow/geometry")).toByteArray()))
        resize(1280, 720);
    retranslateUi();
    loadChoices();
    countTotals();
}

ReviewWindow::~ReviewWindow() = default;

QString ReviewWindow::totalsText() const
{
    return m_totalsLabel->text();
}

QString ReviewWindow::statusText() const
{
    return m_status->text();
}

void ReviewWindow::applyFilters()
{
    m_model->setReviewFilters(m_filters->query());
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    showCurrent();
    countTotals();
}

void ReviewWindow::reload()
{
    m_model->reload();
    loadChoices();
    countTotals();
}

void ReviewWindow::countTotals()
{
    const int asked = ++m_totalsAsked;
    const ReferralQuery query = m_filters->query();
    m_worker->run(
        [query](Database *database, const QString &openError) {
            std::pair<std::optional<ReferralTotals>, QString> answer;
            if (!database)
                answer.second = openError;
            else
                answer.first = totalReferrals(*database, query, &answer.second);
            return answer;
        },
        [this, asked](std::pair<std::optional<ReferralTotals>, QString> answer) {
            if (asked != m_totalsAsked)
                return;
            m_totals = answer.first;
            if (!answer.first)
                m_status->setText(answer.second);
            showTotals();
            emit totalsUpdated();
        });
}

void ReviewWindow::loadChoices()
{
    m_worker->run(
        [](Database *database, const QString &) {
            return database ? archiveChoices(*database) : std::nullopt;
        },
        [this](std::optional<ArchiveChoices> choices) {
            if (choices)
                m_filters->setChoices(*choices);
        });
}

void ReviewWindow::showTotals()
{
    if (!m_totals) {
        m_totalsLabel->clear();
        return;
    }
    const int count = m_totals->count;
    QStringList parts{tr("%n referral(s)", nullptr, count)};
    // Each currency on its own: amounts in different currencies are never added.
    for (const CurrencyValue &value : m_totals->value)
        parts.append(DisplayText::money(Money{value.minorUnits, value.currency}));
    if (const int without = m_totals->withoutValue; without > 0)
        parts.append(tr("%n without a value", nullptr, without));
    m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void ReviewWindow::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        m_detail->clear();
        return;
    }
    m_detail->showReferral(m_model->referralAt(current.row()).id);
}

void ReviewWindow::chooseExport(ExportFormat format)
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const bool csv = format == ExportFormat::Csv;
    const QString name = QDir(folder).filePath(csv ? QStringLiteral("referrals.csv") : QStringLiteral("referrals.xlsx"));
    const QString filter = csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export referrals"), name, filter);
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportTo(format, path);
}

void ReviewWindow::exportTo(ExportFormat format, const QString &path)
{
    if (m_exporter->isRunning())
        return;
    m_status->setText(tr("Exporting…"));
    m_exportCsv->setEnabled(false);
    m_exportXlsx->setEnabled(false);
    m_exporter->start(m_filters->query(), format, path, m_totals ? m_totals->count : 0);
}

void ReviewWindow::finishExport(const ExportResult &result, const QString &path)
{
    m_exportCsv->setEnabled(true);
    m_exportXlsx->setEnabled(true);
    if (result.ok()) {
        const int rows = result.rows;
        m_status->setText(tr("%n referral(s) exported to the file below.", nullptr, rows) + QLatin1Char('\n')
                          + QDir::toNativeSeparators(path));
    } else {
        m_status->setText(tr("The export failed: %1").arg(result.error));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"), tr("The export failed."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportFailed"));
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit exportFinished(result);
}

void ReviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("reviewWindow/geometry"), saveGeometry());
    QWidget::closeEvent(event);
}

void ReviewWindow::retranslateUi()
{
    setWindowTitle(tr("Review archived referrals"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportXlsx->setText(tr("Export Excel…"));
    m_close->setText(tr("Close"));
    showTotals();
}

} // namespace rd
