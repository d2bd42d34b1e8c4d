#include "profileadvicewindow.h"

#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "displaytext.h"
#include "profileadvicestore.h"
#include "profilestore.h"
#include "taxonomy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

TaxonomyKind kindOf(ProfileEdit edit)
{
    switch (edit) {
    case ProfileEdit::OptOutOfSize: return TaxonomyKind::CustomerSize;
    case ProfileEdit::RemoveIndustry: return TaxonomyKind::Industry;
    case ProfileEdit::RemoveProduct: return TaxonomyKind::Product;
    case ProfileEdit::RemoveService: return TaxonomyKind::Service;
    }
    return TaxonomyKind::CustomerSize;
}

QString names(ProfileEdit edit, const QStringList &ids)
{
    const QStringList shown = Taxonomy::displayNames(kindOf(edit), ids);
    return shown.isEmpty() ? QStringLiteral("—") : shown.join(QStringLiteral(", "));
}

} // namespace

ProfileAdviceWindow::ProfileAdviceWindow(const Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
    , m_advice(new QTreeWidget(this))
    , m_apply(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("profileAdviceWindow"));
    m_advice->setObjectName(QStringLiteral("adviceList"));
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_apply->setObjectName(QStringLiteral("applyAdviceButton"));
    m_status->setObjectName(QStringLiteral("status"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    for (QTreeWidget *tree : {m_advice, m_changes}) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setWordWrap(true);
    }
    m_adviceLabel->setBuddy(m_advice);
    m_changesLabel->setBuddy(m_changes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_adviceLabel);
    layout->addWidget(m_advice, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addLayout(buttons);

    connect(m_advice, &QTreeWidget::itemSelectionChanged, this, &ProfileAdviceWindow::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ProfileAdviceWindow::applySelected);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(&m_workspace.changes, &ChangeFeed::changedElsewhere, this, &ProfileAdviceWindow::reload);
    resize(960, 640);
    retranslateUi();
}

QString ProfileAdviceWindow::statusText() const
{
    return m_status->text();
}

void ProfileAdviceWindow::reload()
{
    fillAdvice();
    fillChanges();
    updateButtons();
}

void ProfileAdviceWindow::fillAdvice()
{
    ProfileStore profiles(m_workspace.database);
    ProfileAdviceStore advice(m_workspace.database);
    m_advice->clear();
    m_shown.clear();
    for (const BusinessProfile &profile : profiles.profiles()) {
        for (const ProfileAdvice &one : advice.adviceFor(profile.id)) {
            m_shown.append(one);
            auto *item = new QTreeWidgetItem(m_advice, {profile.region, explainAdvice(one), describeEdit(one.edit, one.term)});
            item->setToolTip(1, item->text(1));
        }
    }
    const QString error = !profiles.lastError().isEmpty() ? profiles.lastError() : advice.lastError();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_shown.isEmpty())
        m_status->setText(tr("No advice: no decline or skip reason keeps coming back for one kind of referral."));
}

void ProfileAdviceWindow::fillChanges()
{
    ProfileStore profiles(m_workspace.database);
    m_changes->clear();
    for (const ProfileChangeRecord &record : ProfileAdviceStore(m_workspace.database).records()) {
        const std::optional<BusinessProfile> profile = profiles.profile(record.advice.profileId);
        auto *item = new QTreeWidgetItem(m_changes, {DisplayText::localDateTime(record.at), record.actor,
                                                     profile ? profile->region : record.advice.profileId,
                                                     describeEdit(record.advice.edit, record.advice.term),
                                                     names(record.advice.edit, record.before), names(record.advice.edit, record.after)});
        item->setToolTip(3, explainAdvice(record.advice));
        item->setToolTip(0, DisplayText::exactTime(record.at));
    }
}

void ProfileAdviceWindow::applySelected()
{
    const int row = m_advice->currentItem() ? m_advice->indexOfTopLevelItem(m_advice->currentItem()) : -1;
    if (row < 0 || row >= m_shown.size())
        return;
    const ProfileAdvice advice = m_shown.at(row);
    const QString region = m_advice->currentItem()->text(0);
    QMessageBox box(QMessageBox::Question, tr("Change the business profile"),
                    tr("Change the business profile %1? %2").arg(region, describeEdit(advice.edit, advice.term)),
                    QMessageBox::Apply | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("applyAdviceBox"));
    box.setInformativeText(tr("The change is recorded with your name, the time and this advice, and is listed below."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Apply)
        return;
    const AdviceApplied applied = ProfileAdviceStore(m_workspace.database).apply(advice, m_workspace.database.session().actor, m_workspace.clock.now());
    reload();
    m_status->setText(applied.result == AdviceApplied::Result::Applied
                          ? tr("Changed the business profile %1: %2").arg(region, describeEdit(advice.edit, advice.term))
                          : applied.message);
}

void ProfileAdviceWindow::updateButtons()
{
    m_apply->setEnabled(m_advice->currentItem() != nullptr && !m_advice->selectedItems().isEmpty());
}

void ProfileAdviceWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileAdviceWindow::retranslateUi()
{
    setWindowTitle(tr("Profile advice"));
    m_intro->setText(tr("When one decline or skip reason keeps coming back for one kind of referral (%1 of the last %2 of one customer size, "
                        "industry, product or service), the business profile change that would keep such referrals away.")
                         .arg(kAdviceMinimum)
                         .arg(kAdviceWindow));
    m_adviceLabel->setText(tr("&Advice"));
    m_advice->setHeaderLabels({tr("Business profile"), tr("Why"), tr("Suggested change")});
    m_changesLabel->setText(tr("&Changes made on advice"));
    m_changes->setHeaderLabels({tr("When"), tr("Who"), tr("Business profile"), tr("Change"), tr("Before"), tr("After")});
    m_apply->setText(tr("A&pply…"));
    m_close->setText(tr("Close"));
    m_status->clear();
    reload();
}

} // namespace rd
