#include "archivedfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

ArchivedFilterBar::ArchivedFilterBar(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_outcome(new QComboBox(this))
    , m_useRange(new QCheckBox(tr("Closed between"), this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
{
    setObjectName(QStringLiteral("archivedFilterBar"));
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(tr("All outcomes"));
    for (Status status : statusesIn(Tab::Archived))
        m_outcome->addItem(statusTitle(status), statusName(status));
    for (QDateEdit *edit : {m_from, m_until})
        edit->setCalendarPopup(true);
    m_until->setDate(today);
    m_from->setDate(m_until->date().addDays(-30));
    m_from->setEnabled(false);
    m_until->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Outcome:"), this));
    layout->addWidget(m_outcome);
    layout->addSpacing(12);
    layout->addWidget(m_useRange);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_until);
    layout->addStretch();

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
