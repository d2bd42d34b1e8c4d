#include "reviewfilterbar.h"

#include "actor.h"
#include "displaytext.h"
#include "reasons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace rd {

namespace {

// A reason's item data: a preset by its code, a typed reason by its words.
QString reasonKey(const ArchiveChoices::Reason &reason)
{
    return reason.code.isEmpty() ? QStringLiteral("text:") + reason.words : QStringLiteral("code:") + reason.code;
}

} // namespace

ReviewFilterBar::ReviewFilterBar(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_outcomeLabel(new QLabel(this))
    , m_useRange(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_countryLabel(new QLabel(this))
    , m_country(new QComboBox(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_repLabel(new QLabel(this))
    , m_rep(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
{
    setObjectName(QStringLiteral("reviewFilterBar"));
    auto *outcomes = new QHBoxLayout;
    outcomes->addWidget(m_outcomeLabel);
    for (Status status : statusesIn(Tab::Archived)) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("outcome_") + statusName(status));
        m_outcomes.insert(status, box);
        outcomes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ReviewFilterBar::changed);
    }
    outcomes->addSpacing(12);
    m_useRange->setObjectName(QStringLiteral("closedRange"));
    outcomes->addWidget(m_useRange);
    for (QDateEdit *edit : {m_from, m_until})
        edit->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("closedFrom"));
    m_until->setObjectName(QStringLiteral("closedUntil"));
    m_until->setDate(today);
    m_from->setDate(today.addDays(-30));
    m_from->setEnabled(false);
    m_until->setEnabled(false);
    outcomes->addWidget(m_from);
    outcomes->addWidget(new QLabel(QStringLiteral("–"), this));
    outcomes->addWidget(m_until);
    outcomes->addStretch();

    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_profile->setObjectName(QStringLiteral("profileFilter"));
    m_rep->setObjectName(QStringLiteral("repFilter"));
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    auto *lists = new QHBoxLayout;
    const QList<std::pair<QLabel *, QComboBox *>> pairs{{m_countryLabel, m_country}, {m_profileLabel, m_profile},
                                                        {m_repLabel, m_rep}, {m_reasonLabel, m_reason}};
    for (const auto &[label, combo] : pairs) {
        label->setBuddy(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(QString());
        lists->addWidget(label);
        lists->addWidget(combo);
        lists->addSpacing(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::changed);
    }
    lists->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(outcomes);
    layout->addLayout(lists);

    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        emit changed();
    });
    for (QDateEdit *edit : {m_from, m_until}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_useRange->isChecked())
                emit changed();
        });
    }
    retranslateUi();
}

ReferralQuery ReviewFilterBar::query() const
{
    ReferralQuery query;
    query.tab = Tab::Archived;
    std::tie(query.sort, query.order) = defaultSort(Tab::Archived);
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (it.value()->isChecked())
            query.statuses.append(it.key());
    }
    if (m_useRange->isChecked()) {
        query.closedFrom = m_from->date().startOfDay().toUTC();
        query.closedUntil = m_until->date().endOfDay().toUTC();
    }
    if (const QString country = m_country->currentData().toString(); !country.isEmpty())
        query.countries = {country};
    if (const QString profile = m_profile->currentData().toString(); !profile.isEmpty())
        query.profileIds = {profile};
    if (const QString rep = m_rep->currentData().toString(); !rep.isEmpty())
        query.reps = {rep};
    const QString reason = m_reason->currentData().toString();
    if (reason.startsWith(QLatin1String("code:")))
        query.reasonCodes = {reason.mid(5)};
    else if (reason.startsWith(QLatin1String("text:")))
        query.typedReasons = {reason.mid(5)};
    return query;
}

void ReviewFilterBar::setChoices(const ArchiveChoices &choices)
{
    m_choices = choices;
    const QSignalBlocker blockCountry(m_country);
    const QSignalBlocker blockProfile(m_profile);
    const QSignalBlocker blockRep(m_rep);
    const QSignalBlocker blockReason(m_reason);
    const ReferralQuery before = query();
    QList<std::pair<QString, QVariant>> items;
    for (const QString &country : choices.countries)
        items.append({DisplayText::country(country), country});
    fillCombo(m_country, items);
    items.clear();
    for (const ArchiveChoices::Profile &profile : choices.profiles)
        items.append({profile.region.isEmpty() ? profile.id : profile.region, profile.id});
    fillCombo(m_profile, items);
    items.clear();
    for (const QString &rep : choices.reps)
        items.append({Actor::isSystem(rep) ? tr("The deadline checker") : rep, rep});
    fillCombo(m_rep, items);
    items.clear();
    for (const ArchiveChoices::Reason &reason : choices.reasons)
        items.append({Reasons::display(reason.words, reason.code), reasonKey(reason)});
    fillCombo(m_reason, items);
    if (query().countries != before.countries || query().profileIds != before.profileIds || query().reps != before.reps
        || query().reasonCodes != before.reasonCodes || query().typedReasons != before.typedReasons)
        emit changed();
}

void ReviewFilterBar::fillCombo(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

void ReviewFilterBar::setOutcomes(const QList<Status> &outcomes)
{
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(outcomes.contains(it.key()));
    }
    emit changed();
}

void ReviewFilterBar::setClosedRange(const QDate &from, const QDate &until)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        const QSignalBlocker blockRange(m_useRange);
        m_from->setDate(from);
        m_until->setDate(until);
        m_useRange->setChecked(true);
        m_from->setEnabled(true);
        m_until->setEnabled(true);
    }
    emit changed();
}

void ReviewFilterBar::clearClosedRange()
{
    m_useRange->setChecked(false);
}

void ReviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewFilterBar::retranslateUi()
{
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(DisplayText::dateFormat());
    }
    m_outcomeLabel->setText(tr("Outcomes:"));
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        it.value()->setText(statusTitle(it.key()));
    m_useRange->setText(tr("Closed between"));
    m_countryLabel->setText(tr("Country:"));
    m_profileLabel->setText(tr("Business profile:"));
    m_repLabel->setText(tr("Rep:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_country->setItemText(0, tr("All countries"));
    m_profile->setItemText(0, tr("All business profiles"));
    m_rep->setItemText(0, tr("All reps"));
    m_reason->setItemText(0, tr("All reasons"));
    // Country names, "system" and preset reasons are in the UI language too.
    setChoices(m_choices);
}

} // namespace rd
