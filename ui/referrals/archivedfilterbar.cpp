#include "archivedfilterbar.h"

#include "displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd {

ArchivedFilterBar::ArchivedFilterBar(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_outcomeLabel(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_useRange(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_review(new QPushButton(this))
{
    setObjectName(QStringLiteral("archivedFilterBar"));
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(QString());
    for (Status status : statusesIn(Tab::Archived))
        m_outcome->addItem(QString(), statusName(status));
    for (QDateEdit *edit : {m_from, m_until})
        edit->setCalendarPopup(true);
    m_until->setDate(today);
    m_from->setDate(m_until->date().addDays(-30));
    m_from->setEnabled(false);
    m_until->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_outcome);
    layout->addSpacing(12);
    layout->addWidget(m_useRange);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_until);
    layout->addStretch();
    m_review->setObjectName(QStringLiteral("reviewButton"));
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &ArchivedFilterBar::reviewRequested);

    retranslateUi();
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ArchivedFilterBar::changed);
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_useRange->isChecked())
            emit changed();
    });
    connect(m_until, &QDateEdit::dateChanged, this, [this] {
        if (m_useRange->isChecked())
            emit changed();
    });
}

void ArchivedFilterBar::retranslateUi()
{
    // A date edit keeps the locale it was made with; a live switch must hand it the new one.
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(DisplayText::dateFormat());
    }
    m_outcomeLabel->setText(tr("Outcome:"));
    m_useRange->setText(tr("Closed between"));
    m_review->setText(tr("Review and totals…"));
    m_review->setToolTip(tr("Several outcomes, country, business profile, rep and reason, with totals and exports"));
    m_outcome->setItemText(0, tr("All outcomes"));
    for (int i = 1; i < m_outcome->count(); ++i) {
        if (const std::optional<Status> status = statusFromName(m_outcome->itemData(i).toString()))
            m_outcome->setItemText(i, statusTitle(*status));
    }
}

void ArchivedFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QList<Status> ArchivedFilterBar::outcomes() const
{
    const std::optional<Status> status = statusFromName(m_outcome->currentData().toString());
    return status ? QList<Status>{*status} : QList<Status>{};
}

QDateTime ArchivedFilterBar::closedFrom() const
{
    return m_useRange->isChecked() ? m_from->date().startOfDay().toUTC() : QDateTime();
}

QDateTime ArchivedFilterBar::closedUntil() const
{
    return m_useRange->isChecked() ? m_until->date().endOfDay().toUTC() : QDateTime();
}

QVariantMap ArchivedFilterBar::state() const
{
    return {{QStringLiteral("outcome"), m_outcome->currentData()},
            {QStringLiteral("range"), m_useRange->isChecked()},
            {QStringLiteral("from"), m_from->date()},
            {QStringLiteral("until"), m_until->date()}};
}

void ArchivedFilterBar::restoreState(const QVariantMap &state)
{
    const QSignalBlocker blockOutcome(m_outcome);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockUntil(m_until);
    const int index = m_outcome->findData(state.value(QStringLiteral("outcome")));
    m_outcome->setCurrentIndex(qMax(0, index));
    if (state.value(QStringLiteral("from")).toDate().isValid())
        m_from->setDate(state.value(QStringLiteral("from")).toDate());
    if (state.value(QStringLiteral("until")).toDate().isValid())
        m_until->setDate(state.value(QStringLiteral("until")).toDate());
    m_useRange->setChecked(state.value(QStringLiteral("range")).toBool());
    emit changed();
}

} // namespace rd
