// What the window does with a profile: choosing one, a new one, saving, reverting, and asking
// before edits would be lost.
#include "businessprofileswindow.h"

#include "addpartnerdialog.h"
#include "locationseditor.h"
#include "profileeditor.h"
#include "profiletree.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace rd {

bool BusinessProfilesWindow::hasUnsavedChanges() const
{
    return m_shown && m_editor->profile() != *m_shown;
}

void BusinessProfilesWindow::reload()
{
    const QList<PartnerOrganisation> partners = m_store.partners();
    const QList<BusinessProfile> profiles = m_store.profiles();
    if (!m_store.lastError().isEmpty())
        m_status->setText(m_store.lastError());
    m_tree->setContents(partners, profiles);
    m_editor->setPartners(partners);
}

void BusinessProfilesWindow::onCurrentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous)
{
    // Asking and saving refill the tree: they wait until the view has finished with the click,
    // and work on ids, not on the rows it had.
    const QString profileId = ProfileTree::profileIdOf(current);
    const QString partnerId = ProfileTree::partnerIdOf(current);
    const QString fromProfileId = ProfileTree::profileIdOf(previous);
    const QString fromPartnerId = ProfileTree::partnerIdOf(previous);
    QMetaObject::invokeMethod(
        this, [=, this] { follow(profileId, partnerId, fromProfileId, fromPartnerId); }, Qt::QueuedConnection);
}

void BusinessProfilesWindow::follow(const QString &profileId, const QString &partnerId, const QString &fromProfileId,
                                    const QString &fromPartnerId)
{
    if (!confirmLeavingEdits()) {
        selectQuietly(fromProfileId, fromPartnerId);
        return;
    }
    selectQuietly(profileId, partnerId);
    if (profileId.isEmpty()) {
        editNothing();
        return;
    }
    if (const std::optional<BusinessProfile> stored = m_store.profile(profileId)) {
        edit(*stored, true);
        return;
    }
    editNothing();
    m_status->setText(m_store.lastError().isEmpty()
                          ? tr("That business profile is no longer stored; the list was read again.")
                          : m_store.lastError());
    reload();
}

void BusinessProfilesWindow::selectQuietly(const QString &profileId, const QString &partnerId)
{
    const QSignalBlocker quiet(m_tree);
    QTreeWidgetItem *item = profileId.isEmpty() ? m_tree->partnerItem(partnerId) : m_tree->profileItem(profileId);
    m_tree->setCurrentItem(item);
}

void BusinessProfilesWindow::edit(const BusinessProfile &profile, bool stored)
{
    m_editor->setEnabled(true);
    m_editor->setProfile(profile, stored);
    // A new profile starts with a row to type its first location in.
    if (!stored && profile.locations.isEmpty())
        m_editor->locations()->addRow();
    m_shown = m_editor->profile();
    m_storedId = stored ? profile.id : QString();
    updateHeading();
    validate();
}

void BusinessProfilesWindow::editNothing()
{
    m_editor->setProfile(BusinessProfile{}, false);
    m_editor->setEnabled(false);
    m_shown.reset();
    m_storedId.clear();
    updateHeading();
    validate();
}

void BusinessProfilesWindow::newProfile()
{
    if (!confirmLeavingEdits())
        return;
    BusinessProfile blank;
    blank.partnerId = ProfileTree::partnerIdOf(m_tree->currentItem());
    if (blank.partnerId.isEmpty() && m_tree->topLevelItemCount() > 0)
        blank.partnerId = ProfileTree::partnerIdOf(m_tree->topLevelItem(0));
    // The form is the new profile's now; the list no longer points at the one it showed.
    selectQuietly({}, blank.partnerId);
    edit(blank, false);
    m_status->clear();
    m_editor->focusId();
}

bool BusinessProfilesWindow::save()
{
    if (!m_shown)
        return false;
    const BusinessProfile profile = m_editor->profile();
    const QStringList problems = problemsIn(profile);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const ProfileChange change = m_store.setProfile(profile);
    if (!change.stored()) {
        // Nothing was written and the fields stay as typed, to be fixed and saved again.
        m_status->clear();
        showProblems(change.problems);
        return false;
    }
    reload();
    selectQuietly(profile.id, profile.partnerId);
    edit(m_store.profile(profile.id).value_or(profile), true);
    m_status->setText(change.result == ProfileChange::Result::Created ? tr("Business profile added.")
                                                                      : tr("Business profile saved."));
    return true;
}

void BusinessProfilesWindow::revert()
{
    if (!m_shown)
        return;
    if (m_storedId.isEmpty()) {
        BusinessProfile blank;
        blank.partnerId = m_shown->partnerId;
        edit(blank, false);
    } else if (const std::optional<BusinessProfile> stored = m_store.profile(m_storedId)) {
        edit(*stored, true);
    } else {
        m_status->setText(m_store.lastError());
        return;
    }
    m_status->setText(tr("The edits were dropped."));
}

AddPartnerDialog *BusinessProfilesWindow::addPartnerDialog() const
{
    return m_addPartnerDialog;
}

void BusinessProfilesWindow::addPartner()
{
    if (m_addPartnerDialog) {
        m_addPartnerDialog->raise();
        m_addPartnerDialog->activateWindow();
        return;
    }
    m_addPartnerDialog = new AddPartnerDialog(m_store, this);
    m_addPartnerDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addPartnerDialog, &QDialog::accepted, this, [this, dialog = m_addPartnerDialog] {
        const PartnerOrganisation partner = dialog->partner();
        reload();
        // A profile begun before its partner existed belongs to the one just added.
        if (m_shown && m_storedId.isEmpty() && m_editor->profile().partnerId.isEmpty())
            m_editor->choosePartner(partner.id);
        if (!m_shown)
            selectQuietly({}, partner.id);
        m_status->setText(tr("Partner saved: %1").arg(partner.name));
    });
    m_addPartnerDialog->open();
}

bool BusinessProfilesWindow::confirmLeavingEdits()
{
    if (!hasUnsavedChanges())
        return true;
    const bool canSave = problemsIn(m_editor->profile()).isEmpty();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("This business profile has changes that are not saved."),
                    canSave ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                            : QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(canSave ? tr("Save them before going on?")
                                   : tr("They can't be saved until the problems under the form are fixed. Discard them?"));
    box.setDefaultButton(canSave ? QMessageBox::Save : QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void BusinessProfilesWindow::validate()
{
    // The rules are the domain's (problemsIn), asked of exactly what Save would store.
    const QStringList problems = m_shown ? problemsIn(m_editor->profile()) : QStringList();
    showProblems(problems);
    const bool dirty = hasUnsavedChanges();
    const bool canSave = m_shown && problems.isEmpty() && (dirty || m_storedId.isEmpty());
    m_save->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    m_revert->setEnabled(dirty);
}

void BusinessProfilesWindow::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void BusinessProfilesWindow::updateHeading()
{
    if (!m_shown)
        m_heading->setText(tr("Choose a profile in the list, or make a new one with New profile."));
    else if (m_storedId.isEmpty())
        m_heading->setText(tr("New business profile"));
    else
        m_heading->setText(tr("Business profile: %1").arg(m_storedId));
}

} // namespace rd
