#pragma once

#include "businessprofile.h"
#include "profilestore.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidgetItem;

namespace rd {

class AddPartnerDialog;
class Database;
class ProfileEditor;
class ProfileTree;

// The programme's partner organisations and their business profiles: the list on the left,
// the selected profile's fields on the right. What the domain finds wrong with the fields is
// shown under them as they are typed, and Save waits until nothing is; edits are not dropped
// without asking, whether another profile is chosen or the window (or the main one) closes.
class BusinessProfilesWindow : public QWidget
{
    Q_OBJECT
public:
    // A window of its own over `parent`, reading and writing through a store on `database`.
    BusinessProfilesWindow(Database &database, QWidget *parent);
    ~BusinessProfilesWindow() override;

    ProfileTree *tree() const { return m_tree; }
    ProfileEditor *editor() const { return m_editor; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *addPartnerButton() const { return m_addPartner; }
    // The Add partner dialog while it is open.
    AddPartnerDialog *addPartnerDialog() const;
    // What is wrong with the fields, or why the store refused them; one sentence a line.
    QString problemText() const;
    // What the last save or read came to.
    QString statusText() const;
    bool isEditing() const { return m_shown.has_value(); }
    // The id of the stored profile in the editor; empty for a new one.
    QString storedProfileId() const { return m_storedId; }
    bool hasUnsavedChanges() const;

public slots:
    void newProfile();
    // Stores the fields through the store; false, with the reasons shown, when it did not.
    bool save();
    void revert();
    void addPartner();
    // Reads the partners and profiles again.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createLayout();
    void onCurrentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    void follow(const QString &profileId, const QString &partnerId, const QString &fromProfileId,
                const QString &fromPartnerId);
    void selectQuietly(const QString &profileId, const QString &partnerId);
    void edit(const BusinessProfile &profile, bool stored);
    void editNothing();
    // True when nothing typed is lost by going on: no edits, or the person saved or discarded them.
    bool confirmLeavingEdits();
    void validate();
    void showProblems(const QStringList &problems);
    void updateHeading();
    void retranslateUi();
    void rememberGeometry() const;

    ProfileStore m_store;
    QLabel *m_listLabel;
    ProfileTree *m_tree;
    QPushButton *m_addPartner;
    QLabel *m_heading;
    ProfileEditor *m_editor;
    QLabel *m_problems;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_close;
    QAction *m_saveAction;
    QAction *m_closeAction;
    QSplitter *m_splitter;
    QPointer<AddPartnerDialog> m_addPartnerDialog;
    // The fields as they were shown, before any edit: unsaved changes are the difference.
    std::optional<BusinessProfile> m_shown;
    QString m_storedId;
};

} // namespace rd
