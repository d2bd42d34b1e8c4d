#pragma once

#include "partnerranking.h"
#include "referral.h"
#include "rfisubmission.h"
#include "workspace.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rd {

class CountryField;
class CustomerSizeCombo;
class RfiContactsEditor;

// A business profile the RFI goes to, as the dialog names it.
struct RfiChoice
{
    QString profileId;
    QString label;       // "seoul (Korea)"
    QString partnerName;
};

// Who the customer is, for an RFI to the partners chosen in Find a partner: the organisation,
// its country and size (as searched), city, contacts, consent and notes. What is missing is
// said as it is typed and OK waits for it; OK submits the RFI (submitRfi: one short
// transaction), and a refusal is shown with everything typed kept.
class RfiDialog : public QDialog
{
    Q_OBJECT
public:
    RfiDialog(const Workspace &workspace, const QList<RfiChoice> &choices, const PartnerSearch &search, QWidget *parent);

    // What keeps OK from sending, one sentence each; empty when it may go.
    QStringList problems() const;
    // The request as each chosen profile will receive it.
    Referral request() const;
    QStringList profileIds() const;
    QString problemText() const;
    QPushButton *okButton() const;
    // What the last OK came to.
    const std::optional<RfiOutcome> &outcome() const { return m_outcome; }

    QLineEdit *organisation() const { return m_organisation; }
    CountryField *country() const { return m_country; }
    CustomerSizeCombo *size() const { return m_size; }
    QLineEdit *city() const { return m_city; }
    RfiContactsEditor *contacts() const { return m_contacts; }
    QCheckBox *consent() const { return m_consent; }
    QPlainTextEdit *notes() const { return m_notes; }

public slots:
    void accept() override;

signals:
    void submitted(const RfiOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, QWidget *field, const QString &objectName);
    void validate();
    void showProblem(const QString &text);
    void retranslateUi();

    Workspace m_workspace;
    QList<RfiChoice> m_choices;
    PartnerSearch m_search;
    QLabel *m_intro;
    QLineEdit *m_organisation;
    CountryField *m_country;
    CustomerSizeCombo *m_size;
    QLineEdit *m_city;
    RfiContactsEditor *m_contacts;
    QCheckBox *m_consent;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
    std::optional<RfiOutcome> m_outcome;
    // The store's refusal stays shown until the fields change.
    bool m_showingRefusal = false;
};

} // namespace rd
