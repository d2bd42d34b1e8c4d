#include "referralcolumns.h"

#include "claim.h"
#include "closingdate.h"
#include "deadlinepolicy.h"
#include "displaytext.h"
#include "reasons.h"
#include "taxonomy.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString firstWords(const QString &text, int length = 80)
{
    QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    return simplified.left(length).trimmed() + QStringLiteral("…");
}

QString location(const Referral &referral)
{
    QStringList parts;
    if (!referral.customer.address.city.isEmpty())
        parts.append(referral.customer.address.city);
    if (!referral.customer.address.country.isEmpty())
        parts.append(DisplayText::country(referral.customer.address.country));
    return parts.join(QStringLiteral(", "));
}

QString requirements(const Referral &referral)
{
    const Requirements &r = referral.details.requirements;
    return (Taxonomy::displayNames(TaxonomyKind::Product, r.products) + Taxonomy::displayNames(TaxonomyKind::Service, r.services)
            + Taxonomy::displayNames(TaxonomyKind::Industry, r.industries) + r.solutions)
        .join(QStringLiteral(", "));
}

std::optional<Money> archivedValue(const Referral &referral)
{
    if (referral.finalValue)
        return referral.finalValue;
    if (referral.estimate)
        return referral.estimate->value;
    return referral.details.valueHint;
}

} // namespace

namespace ReferralColumns {

QList<Column> forTab(Tab tab)
{
    switch (tab) {
    case Tab::New:
        return {Column::Received, Column::Title, Column::TimeLeft, Column::Target, Column::HandledBy, Column::Fit, Column::Location, Column::Size, Column::Industries,
                Column::Products, Column::Services, Column::ValueHint, Column::Notes};
    case Tab::Evaluating:
        return {Column::Customer, Column::Title, Column::TimeLeft, Column::Target, Column::HandledBy, Column::Size, Column::Requirements};
    case Tab::Negotiating:
        return {Column::Customer, Column::Title, Column::EstimatedValue, Column::ClosingDate, Column::AcceptedOn};
    case Tab::Archived:
        return {Column::Outcome, Column::Customer, Column::Title, Column::Value, Column::ClosedOn, Column::Reason};
    }
    return {};
}

QString title(Column column, const DeadlinePolicy &policy)
{
    switch (column) {
    case Column::Received: return QCoreApplication::translate("ReferralColumns", "Received");
    case Column::TimeLeft: return QCoreApplication::translate("ReferralColumns", "Time left");
    case Column::Target: return policy.targetTitle();
    case Column::Location: return QCoreApplication::translate("ReferralColumns", "Location");
    case Column::Title: return QCoreApplication::translate("ReferralColumns", "Title");
    case Column::Size: return QCoreApplication::translate("ReferralColumns", "Size");
    case Column::Industries: return QCoreApplication::translate("ReferralColumns", "Industries");
    case Column::Products: return QCoreApplication::translate("ReferralColumns", "Products");
    case Column::Services: return QCoreApplication::translate("ReferralColumns", "Services");
    case Column::ValueHint: return QCoreApplication::translate("ReferralColumns", "Value hint");
    case Column::Notes: return QCoreApplication::translate("ReferralColumns", "Notes");
    case Column::Customer: return QCoreApplication::translate("ReferralColumns", "Customer");
    case Column::Requirements: return QCoreApplication::translate("ReferralColumns", "Requirements");
    case Column::EstimatedValue: return QCoreApplication::translate("ReferralColumns", "Estimated deal value");
    case Column::ClosingDate: return QCoreApplication::translate("ReferralColumns", "Estimated closing date");
    case Column::AcceptedOn: return QCoreApplication::translate("ReferralColumns", "Accepted on");
    case Column::Outcome: return QCoreApplication::translate("ReferralColumns", "Outcome");
    case Column::Value: return QCoreApplication::translate("ReferralColumns", "Value");
    case Column::ClosedOn: return QCoreApplication::translate("ReferralColumns", "Closed on");
    case Column::Reason: return QCoreApplication::translate("ReferralColumns", "Reason");
    case Column::Fit: return QCoreApplication::translate("ReferralColumns", "Fit");
    case Column::HandledBy: return QCoreApplication::translate("ReferralColumns", "Handled by");
    }
    return {};
}

std::optional<SortKey> sortKey(Column column)
{
    switch (column) {
    case Column::Received:
    case Column::Target: // the target is receipt plus its window: the same order
        return SortKey::ReceivedAt;
    case Column::TimeLeft:
        return SortKey::Deadline;
    case Column::ClosingDate:
        return SortKey::ClosingDate;
    case Column::ClosedOn:
        return SortKey::ClosedAt;
    case Column::Title: return SortKey::Title;
    case Column::Customer: return SortKey::Customer;
    case Column::Location: return SortKey::City;
    case Column::Size: return SortKey::Size;
    case Column::Industries: return SortKey::FirstIndustry;
    case Column::Products:
    case Column::Requirements: // it lists the products first
        return SortKey::FirstProduct;
    case Column::Services: return SortKey::FirstService;
    case Column::ValueHint: return SortKey::ValueHint;
    case Column::Notes: return SortKey::Notes;
    case Column::EstimatedValue: return SortKey::EstimatedValue;
    case Column::AcceptedOn: return SortKey::AcceptedAt;
    case Column::Outcome: return SortKey::Status;
    case Column::Value: return SortKey::Value;
    case Column::Reason: return SortKey::Reason;
    case Column::Fit: return SortKey::Fit;
    case Column::HandledBy: return SortKey::ClaimedBy;
    }
    return std::nullopt;
}

bool tracksTime(Column column)
{
    return column == Column::TimeLeft || column == Column::Target || column == Column::ClosingDate;
}

QVariant display(Column column, const Referral &r, const QDateTime &now)
{
    const QLocale locale;
    switch (column) {
    case Column::Received: return DisplayText::localDateTime(r.receivedAt, locale);
    case Column::TimeLeft:
        if (!r.deadline.isValid())
            return QString();
        // Overdue until the checker archives it, a moment later.
        return deadlinePassed(r.deadline, now) ? DisplayText::deadlineState(r.deadline, now) : DisplayText::timeLeft(now.msecsTo(r.deadline));
    case Column::Target: return DisplayText::targetState(r, now);
    case Column::Location: return location(r);
    case Column::Title: return r.name;
    case Column::HandledBy: return r.claimedBy;
    case Column::Size: return DisplayText::customerSize(r.customer.size);
    case Column::Industries: return Taxonomy::displayNames(TaxonomyKind::Industry, r.details.requirements.industries).join(QStringLiteral(", "));
    case Column::Products: return Taxonomy::displayNames(TaxonomyKind::Product, r.details.requirements.products).join(QStringLiteral(", "));
    case Column::Services: return Taxonomy::displayNames(TaxonomyKind::Service, r.details.requirements.services).join(QStringLiteral(", "));
    case Column::ValueHint: return r.details.valueHint ? DisplayText::money(*r.details.valueHint, locale) : QString();
    case Column::Notes: return firstWords(r.details.notes);
    case Column::Customer:
        return r.customer.name.isEmpty() ? QCoreApplication::translate("ReferralColumns", "(hidden)") : r.customer.name;
    case Column::Requirements: return requirements(r);
    case Column::EstimatedValue: return r.estimate ? DisplayText::money(r.estimate->value, locale) : QString();
    case Column::ClosingDate:
        if (!r.estimate)
            return QString();
        if (ClosingDate::hasPassed(r, now))
            return QStringLiteral("%1 · %2").arg(DisplayText::date(r.estimate->closingDate, locale), ClosingDate::passedMark());
        return DisplayText::date(r.estimate->closingDate, locale);
    case Column::AcceptedOn: return DisplayText::localDate(r.acceptedAt, locale);
    case Column::Outcome: return statusTitle(r.status);
    case Column::Value: {
        const std::optional<Money> value = archivedValue(r);
        return value ? DisplayText::money(*value, locale) : QString();
    }
    case Column::ClosedOn: return DisplayText::localDate(r.closedAt, locale);
    case Column::Reason: return firstWords(Reasons::display(r.reason, r.reasonCode));
    case Column::Fit: return QString(); // fitText(), from what storage counted
    }
    return {};
}

QVariant toolTip(Column column, const Referral &r, const QDateTime &now)
{
    switch (column) {
    case Column::ClosingDate:
        if (ClosingDate::hasPassed(r, now))
            return QCoreApplication::translate("ReferralColumns", "The estimated closing date has passed: press E to update the estimate.");
        return {};
    case Column::Received: return DisplayText::exactTime(r.receivedAt);
    case Column::TimeLeft: return DisplayText::exactTime(r.deadline);
    case Column::Target: return DisplayText::exactTime(r.respondBy);
    case Column::ClosedOn: return DisplayText::exactTime(r.closedAt);
    case Column::AcceptedOn: return DisplayText::exactTime(r.acceptedAt);
    case Column::Notes: return r.details.notes;
    case Column::Reason: return Reasons::display(r.reason, r.reasonCode);
    case Column::Title: return r.name;
    case Column::HandledBy: return claimDescription(r, now);
    default: return {};
    }
}

int urgency(Column column, const Referral &r, const QDateTime &now, const DeadlinePolicy &policy)
{
    if (column == Column::TimeLeft && policy.proximity(r.deadline, now) != DeadlineProximity::Distant)
        return 2;
    if (column == Column::Target && respondTargetState(r, now) == TargetState::Passed)
        return 1;
    if (column == Column::ClosingDate && ClosingDate::hasPassed(r, now))
        return 1;
    return 0;
}

QString fitText(std::optional<double> fit)
{
    if (!fit)
        return {};
    return QStringLiteral("%1%").arg(QLocale().toString(qRound(*fit * 100)));
}

QString fitToolTip()
{
    return QCoreApplication::translate("ReferralColumns", "How many similar past referrals became won deals (one won and one not are added, so that little history says little): the detail pane explains it.");
}

} // namespace ReferralColumns

} // namespace rd
