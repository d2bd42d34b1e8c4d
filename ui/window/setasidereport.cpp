#include "setasidereport.h"

#include "noticebar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

SetAsideReport::SetAsideReport(NoticeBar &notices, QWidget *window)
    : QObject(window)
    , m_notices(notices)
    , m_window(window)
{
    connect(&m_notices, &NoticeBar::detailsRequested, this, &SetAsideReport::showDetails);
}

void SetAsideReport::report(const QList<SetAsideRow> &rows)
{
    if (rows.isEmpty())
        return;
    m_rows = rows;
    const int count = int(rows.size());
    QString message;
    if (count == 1) {
        message = tr("Referral %1 could not be archived and was set aside: %2").arg(rows.first().id, rows.first().error);
    } else {
        QStringList ids;
        for (const SetAsideRow &row : rows.mid(0, kNamedInNotice))
            ids.append(row.id);
        const int others = count - int(ids.size());
        message = others == 0
            ? tr("%n referral(s) could not be archived and were set aside: %1.", nullptr, count).arg(ids.join(QStringLiteral(", ")))
            : tr("%n referral(s) could not be archived and were set aside: %1 and %2 more.", nullptr, count)
                  .arg(ids.join(QStringLiteral(", ")))
                  .arg(others);
    }
    m_notices.showWithDetails(message, NoticeBar::Kind::Warning);
}

void SetAsideReport::showDetails()
{
    if (m_rows.isEmpty())
        return;
    delete m_dialog;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("setAsideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Referrals set aside"));
    auto *intro = new QLabel(tr("The deadline checker could not archive these referrals, so it set them aside and archived the others. "
                                "A referral set aside is left as it is and skipped by later checks until it is changed again."),
                             dialog);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(m_rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("setAside"));
    table->setHorizontalHeaderLabels({tr("Referral"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(m_rows.at(row).id));
        table->setItem(row, 1, new QTableWidgetItem(m_rows.at(row).error));
        table->item(row, 1)->setToolTip(m_rows.at(row).error);
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(640, 320);
    m_dialog = dialog;
    dialog->open();
}

} // namespace rd
