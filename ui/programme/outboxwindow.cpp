#include "outboxwindow.h"

#include "backgroundconnection.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "mailpassword.h"
#include "mailsettings.h"
#include "mailsettingsdialog.h"
#include "outboxmodel.h"
#include "referralstore.h"
#include "smtptransport.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {

// The filter's entries, in the combo's order; "All" first.
const QList<std::optional<OutboxStatus>> kFilters{std::nullopt, OutboxStatus::Pending, OutboxStatus::Sent,
                                                  OutboxStatus::Failed, OutboxStatus::Withdrawn};

} // namespace

OutboxWindow::OutboxWindow(const Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_model(new OutboxModel(workspace.database, this))
    , m_worker(std::make_unique<BackgroundConnection>(workspace.database.spec(), QStringLiteral("outbox-sender")))
{
    setObjectName(QStringLiteral("outboxWindow"));
    createLayout();

    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Cancel);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    auto *reloadAction = new QAction(this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &OutboxWindow::reload);
    addAction(reloadAction);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setStatusFilter(kFilters.value(index));
        updateActions();
    });
    connect(m_retry, &QAction::triggered, this, &OutboxWindow::retrySelected);
    connect(m_retryButton, &QPushButton::clicked, m_retry, &QAction::trigger);
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxWindow::sendNow);
    connect(m_settingsButton, &QPushButton::clicked, this, &OutboxWindow::showMailSettings);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxWindow::updateActions);
    // A sender elsewhere (the command line, another window) and decisions here write to it.
    connect(&m_workspace.changes, &ChangeFeed::changedElsewhere, this, &OutboxWindow::reload);
    connect(&m_workspace.store, &ReferralStore::referralsChanged, this, &OutboxWindow::reload);
    if (parent)
        parent->installEventFilter(this);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("outboxWindow/geometry")).toByteArray()))
        resize(1180, 640);
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("outboxWindow/columns")).toByteArray());
    retranslateUi();
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    updatePendingCount();
    updateActions();
}

OutboxWindow::~OutboxWindow() = default;

void OutboxWindow::createLayout()
{
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("statusFilter"));
    for (int index = 0; index < kFilters.size(); ++index)
        m_filter->addItem(QString());
    m_filterLabel->setBuddy(m_filter);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingCount"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_pending);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(OutboxModel::Id, 56);
    m_table->setColumnWidth(OutboxModel::Kind, 150);
    m_table->setColumnWidth(OutboxModel::Referral, 150);
    m_table->setColumnWidth(OutboxModel::To, 220);
    m_table->setColumnWidth(OutboxModel::Status, 90);
    m_table->setColumnWidth(OutboxModel::Attempts, 70);
    m_table->setColumnWidth(OutboxModel::Error, 240);
    m_retry = new QAction(this);
    m_retry->setObjectName(QStringLiteral("action_retry"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_retry);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0); // it moves without saying how far: a round's length is not known
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_sendNow = new QPushButton(this);
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_settingsButton = new QPushButton(this);
    m_settingsButton->setObjectName(QStringLiteral("mailSettingsButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_settingsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

MailSettingsDialog *OutboxWindow::mailSettingsDialog() const
{
    return m_settingsDialog;
}

QString OutboxWindow::statusText() const
{
    return m_status->text();
}

qint64 OutboxWindow::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->message(current.row()).id;
}

void OutboxWindow::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OutboxWindow::reload()
{
    const qint64 selected = selectedId();
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    if (selected != 0 && selectedId() != selected)
        selectId(selected);
    updatePendingCount();
    updateActions();
}

void OutboxWindow::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool failed = selectedId() != 0 && m_model->message(current.row()).status() == OutboxStatus::Failed;
    m_retry->setEnabled(failed);
    m_retryButton->setEnabled(failed);
    m_sendNow->setEnabled(!m_sending);
}

void OutboxWindow::updatePendingCount()
{
    Outbox outbox(m_workspace.database);
    const int pending = outbox.pendingCount();
    m_pending->setText(outbox.lastError().isEmpty() ? tr("%n message(s) waiting to be sent", nullptr, pending) : QString());
}

void OutboxWindow::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Outbox outbox(m_workspace.database);
    if (outbox.retry(id, m_workspace.clock.now()))
        m_status->setText(tr("Message %1 is back in the queue: Send now tries it again.").arg(id));
    else if (!outbox.lastError().isEmpty())
        m_status->setText(outbox.lastError());
    else
        m_status->setText(tr("Message %1 has not failed (any more): there is nothing to retry.").arg(id));
    reload();
}

void OutboxWindow::sendNow()
{
    if (m_sending)
        return;
    if (!loadMailSettings(m_workspace.database)) {
        m_status->setText(tr("No mail server is set for this database: choose Mail settings… first."));
        return;
    }
    m_sending = true;
    m_busy->show();
    m_status->setText(tr("Sending…"));
    updateActions();
    const QDateTime now = m_workspace.clock.now();
    const std::atomic<bool> *stop = &m_worker->stopping();
    m_worker->run(
        [now, stop](Database *database, const QString &openError) {
            SendSummary summary;
            if (!database) {
                summary.error = openError;
                return summary;
            }
            // Read here, not in the window: what was saved last is what this round uses.
            const std::optional<MailSettings> settings = loadMailSettings(*database);
            if (!settings) {
                summary.error = QCoreApplication::translate("rd::OutboxWindow", "No mail server is set for this database: choose Mail settings… first.");
                return summary;
            }
            // The keyring may take a moment: it is asked on this thread, never the GUI's.
            SmtpTransport transport(*settings, smtpPassword(*settings));
            OutboxSender sender(*database, *settings, transport);
            return sender.sendDue(now, stop);
        },
        [this](SendSummary summary) { finishSending(summary); });
}

void OutboxWindow::finishSending(const SendSummary &summary)
{
    m_sending = false;
    m_busy->hide();
    if (!summary.error.isEmpty())
        m_status->setText(tr("Sending stopped: %1").arg(summary.error));
    else
        m_status->setText(tr("%1 sent, %2 failed, %3 waiting to retry").arg(summary.sent).arg(summary.failed).arg(summary.retrying));
    reload();
    emit sendingFinished();
}

void OutboxWindow::showMailSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new MailSettingsDialog(m_workspace.database, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setWindowModality(Qt::WindowModal);
    connect(m_settingsDialog, &QDialog::accepted, this, [this] { m_status->setText(tr("Mail settings saved.")); });
    m_settingsDialog->open();
}

void OutboxWindow::retranslateUi()
{
    setWindowTitle(tr("Outbox"));
    m_filterLabel->setText(tr("S&how:"));
    const QStringList filters{tr("All messages"), tr("Pending"), tr("Sent"), tr("Failed"), tr("Withdrawn")};
    for (int index = 0; index < filters.size(); ++index)
        m_filter->setItemText(index, filters.at(index));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Put the failed message back in the queue; Send now tries it again"));
    m_retryButton->setText(m_retry->text());
    m_retryButton->setToolTip(m_retry->toolTip());
    m_sendNow->setText(tr("Send &now"));
    m_sendNow->setToolTip(tr("Send every message that is due through the mail server"));
    m_settingsButton->setText(tr("&Mail settings…"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updatePendingCount();
}

void OutboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxWindow::closeEvent(QCloseEvent *event)
{
    rememberGeometry();
    event->accept();
}

bool OutboxWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Close && isVisible())
        rememberGeometry();
    return QWidget::eventFilter(watched, event);
}

void OutboxWindow::rememberGeometry() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("outboxWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("outboxWindow/columns"), m_table->horizontalHeader()->saveState());
}

} // namespace rd
