#include "profileadvice.h"

#include "customersize.h"
#include "reasons.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

struct EditRule
{
    ReferralTrait trait;
    ProfileEdit edit;
    const char *code;
    TaxonomyKind kind;
    QStringList BusinessProfile::*list; // the list the edit changes
};

const EditRule kRules[] = {
    {ReferralTrait::Size, ProfileEdit::OptOutOfSize, "opt-out-size", TaxonomyKind::CustomerSize, &BusinessProfile::excludedSizes},
    {ReferralTrait::Industry, ProfileEdit::RemoveIndustry, "remove-industry", TaxonomyKind::Industry, &BusinessProfile::industries},
    {ReferralTrait::Product, ProfileEdit::RemoveProduct, "remove-product", TaxonomyKind::Product, &BusinessProfile::products},
    {ReferralTrait::Service, ProfileEdit::RemoveService, "remove-service", TaxonomyKind::Service, &BusinessProfile::services},
};

const EditRule &ruleFor(ProfileEdit edit)
{
    for (const EditRule &rule : kRules) {
        if (rule.edit == edit)
            return rule;
    }
    return kRules[0];
}

// Whether the profile still takes the referrals the edit would keep away.
bool stillApplies(const BusinessProfile &profile, ProfileEdit edit, const QString &term)
{
    if (edit == ProfileEdit::OptOutOfSize)
        return Taxonomy::find(TaxonomyKind::CustomerSize, term).has_value() && !CustomerSize::isOptedOut(term, profile.excludedSizes);
    return (profile.*ruleFor(edit).list).contains(term, Qt::CaseInsensitive);
}

bool saysSomethingAboutTheKind(const RecurringReason &reason)
{
    return !(reason.preset && (reason.reason == QLatin1String("duplicate") || reason.reason == QLatin1String("spam")));
}

} // namespace

QList<ProfileAdvice> adviseProfile(const BusinessProfile &profile, const QList<RecurringReason> &reasons)
{
    QList<ProfileAdvice> advice;
    for (const RecurringReason &reason : reasons) {
        if (reason.sameReason < kAdviceMinimum || reason.considered > kAdviceWindow || !saysSomethingAboutTheKind(reason))
            continue;
        for (const EditRule &rule : kRules) {
            if (rule.trait != reason.trait || !stillApplies(profile, rule.edit, reason.term))
                continue;
            const ProfileAdvice next{profile.id, rule.edit, reason.term, reason.reason, reason.preset, reason.sameReason, reason.considered};
            const bool known = std::any_of(advice.begin(), advice.end(), [&](const ProfileAdvice &a) { return a.edit == next.edit && a.term == next.term; });
            if (!known)
                advice.append(next);
        }
    }
    return advice;
}

std::optional<BusinessProfile> applyAdvice(const BusinessProfile &profile, const ProfileAdvice &advice)
{
    if (!stillApplies(profile, advice.edit, advice.term))
        return std::nullopt;
    BusinessProfile after = profile;
    QStringList &list = after.*ruleFor(advice.edit).list;
    if (advice.edit == ProfileEdit::OptOutOfSize)
        list.append(advice.term);
    else
        list.removeIf([&](const QString &term) { return term.compare(advice.term, Qt::CaseInsensitive) == 0; });
    return after;
}

QString editCode(ProfileEdit edit)
{
    return QLatin1String(ruleFor(edit).code);
}

std::optional<ProfileEdit> editFromCode(const QString &code)
{
    for (const EditRule &rule : kRules) {
        if (code == QLatin1String(rule.code))
            return rule.edit;
    }
    return std::nullopt;
}

QString explainAdvice(const ProfileAdvice &advice, const QLocale &locale)
{
    const QString term = Taxonomy::displayName(ruleFor(advice.edit).kind, advice.term, locale);
    const QString reason = advice.preset ? Reasons::title(advice.reason) : advice.reason;
    const QString sentence = advice.edit == ProfileEdit::OptOutOfSize
        ? QCoreApplication::translate("ProfileAdvice", "%1 of the last %2 declined or skipped referrals of customers with %3 gave the reason “%4”.")
        : QCoreApplication::translate("ProfileAdvice", "%1 of the last %2 declined or skipped referrals asking for %3 gave the reason “%4”.");
    return sentence.arg(advice.sameReason).arg(advice.considered).arg(term, reason);
}

QString describeEdit(ProfileEdit edit, const QString &term, const QLocale &locale)
{
    const QString name = Taxonomy::displayName(ruleFor(edit).kind, term, locale);
    switch (edit) {
    case ProfileEdit::OptOutOfSize:
        return QCoreApplication::translate("ProfileAdvice", "Opt out of customers with %1.").arg(name);
    case ProfileEdit::RemoveIndustry:
        return QCoreApplication::translate("ProfileAdvice", "Remove %1 from the profile's industries.").arg(name);
    case ProfileEdit::RemoveProduct:
        return QCoreApplication::translate("ProfileAdvice", "Remove %1 from the profile's products.").arg(name);
    case ProfileEdit::RemoveService:
        return QCoreApplication::translate("ProfileAdvice", "Remove %1 from the profile's services.").arg(name);
    }
    return {};
}

} // namespace rd
