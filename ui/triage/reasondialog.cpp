#include "reasondialog.h"

#include "reasons.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

ReasonDialog::ReasonDialog(Action action, QWidget *parent)
    : DecisionDialog(QStringLiteral("reasonDialog"), parent)
    , m_otherLabel(new QLabel(this))
    , m_chosen(new QLabel(this))
    , m_action(action)
    , m_presets(new QListWidget(this))
    , m_other(new QLineEdit(this))
{
    m_presets->setObjectName(QStringLiteral("presets"));
    m_other->setObjectName(QStringLiteral("otherReason"));
    m_other->setMaxLength(kMaxReasonLength);
    m_chosen->setObjectName(QStringLiteral("chosenReason"));
    m_chosen->setWordWrap(true);
    for (int i = 0; i < presets(action).size(); ++i)
        m_presets->addItem(QString());

    body()->addWidget(m_presets);
    body()->addWidget(m_otherLabel);
    body()->addWidget(m_other);
    body()->addWidget(m_chosen);
    retranslateUi();

    // One reason at a time: picking one from the list clears the own words, and typing clears
    // the pick, so that what looks chosen is what is recorded.
    connect(m_presets, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_presets->selectedItems().isEmpty())
            m_other->clear();
        validate();
    });
    connect(m_other, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_presets->clearSelection();
        validate();
    });
    // Focus alone makes the first reason current, which looks chosen; only a pick may.
    connect(m_presets->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && m_presets->selectedItems().isEmpty())
            m_presets->selectionModel()->clearCurrentIndex();
    });
    m_presets->installEventFilter(this);
    m_presets->setCurrentRow(-1);
    m_presets->setFocus();
    validate();
}

void ReasonDialog::retranslateUi()
{
    switch (m_action) {
    case Action::Skip:
        setWindowTitle(tr("No thanks"));
        setIntro(tr("The referral is archived as Skipped and the customer is told to choose another partner. A reason is optional."));
        break;
    case Action::Decline:
        setWindowTitle(tr("Decline referral"));
        setIntro(tr("The referral is archived as Declined and the customer is told to choose another partner. Why do you decline?"));
        break;
    default:
        setWindowTitle(tr("Deal lost"));
        setIntro(tr("The deal is archived as Lost. Why was it lost?"));
        break;
    }
    m_otherLabel->setText(tr("Or in your own words:"));
    validate();
    const QStringList reasons = presets(m_action);
    for (int i = 0; i < reasons.size(); ++i)
        m_presets->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(reasons.at(i)));
}

QStringList ReasonDialog::presets(Action action)
{
    QStringList titles;
    for (const QString &code : Reasons::presetCodes(action))
        titles.append(Reasons::title(code));
    return titles;
}

QString ReasonDialog::reasonCode() const
{
    if (!m_other->text().trimmed().isEmpty())
        return {};
    // Selected, not merely current: focus alone makes the first row current.
    const QList<QListWidgetItem *> selected = m_presets->selectedItems();
    const int row = selected.isEmpty() ? -1 : m_presets->row(selected.first());
    const QStringList codes = Reasons::presetCodes(m_action);
    return row >= 0 && row < codes.size() ? codes.at(row) : QString();
}

ActionRequest ReasonDialog::request() const
{
    ActionRequest request;
    request.action = m_action;
    request.reason = reason();
    request.reasonCode = reasonCode();
    return request;
}

QString ReasonDialog::reason() const
{
    const QString typed = m_other->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    // A preset is stored in English beside its code; every reader sees it in their language.
    return Reasons::englishTitle(reasonCode());
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Digits pick a reason from the list; in the text field they are just text.
    if (watched == m_presets && event->type() == QEvent::KeyPress) {
        const int digit = static_cast<QKeyEvent *>(event)->key() - Qt::Key_1;
        if (digit >= 0 && digit < 9 && digit < m_presets->count()) {
            m_presets->setCurrentRow(digit);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReasonDialog::validate()
{
    // A reason does not depend on the time: no instant is needed to check it.
    const ValueCheck check = checkDecisionValues(request(), QDateTime());
    const bool missing = check.problem == ValueProblem::ReasonMissing;
    const QString chosen = Reasons::display(reason(), reasonCode());
    if (!chosen.isEmpty())
        m_chosen->setText(tr("Reason: %1").arg(chosen));
    else if (missing)
        m_chosen->setText(tr("Choose a reason or write your own."));
    else
        m_chosen->setText(tr("No reason chosen: none will be recorded."));
    // A missing reason is asked for in the line above, in the dialog's own words.
    showProblem(missing ? QString() : check.message, check.ok());
}

} // namespace rd
