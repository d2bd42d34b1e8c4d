#pragma once

#include "businessprofile.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace rd {

// What kind of referral a reason keeps coming back for: its customer size, or one industry,
// product or service it asks for.
enum class ReferralTrait { Size, Industry, Product, Service };

// Counted by storage for one profile and one trait value: of its last declined or skipped
// referrals with that trait (at most kAdviceWindow, latest first), how many gave the most
// frequent reason.
struct RecurringReason
{
    ReferralTrait trait = ReferralTrait::Size;
    QString term;       // the size id, or the taxonomy id asked for
    QString reason;     // a preset's code, or the words as typed (trimmed)
    bool preset = false;
    int sameReason = 0; // of `considered`, how many gave `reason`
    int considered = 0; // the declined or skipped referrals looked at (at most kAdviceWindow)
};

// The profile change that would keep such referrals away.
enum class ProfileEdit { OptOutOfSize, RemoveIndustry, RemoveProduct, RemoveService };

struct ProfileAdvice
{
    QString profileId;
    ProfileEdit edit = ProfileEdit::OptOutOfSize;
    QString term;
    QString reason;
    bool preset = false;
    int sameReason = 0;
    int considered = 0;

    bool operator==(const ProfileAdvice &) const = default;
};

// The last kAdviceWindow declined or skipped referrals of a kind are looked at; advice needs
// at least kAdviceMinimum of them to give the same reason ("7 of the last 10").
inline constexpr int kAdviceWindow = 10;
inline constexpr int kAdviceMinimum = 7;

// The edits worth suggesting for `profile`: a recurring reason for a size it still serves, or
// for an industry, product or service it still lists. Duplicates and spam say nothing about
// the kind of referral and never lead to advice.
QList<ProfileAdvice> adviseProfile(const BusinessProfile &profile, const QList<RecurringReason> &reasons);
// The profile with the edit made; none when the advice no longer applies (made already).
std::optional<BusinessProfile> applyAdvice(const BusinessProfile &profile, const ProfileAdvice &advice);

// The edit's stored name ("opt-out-size", "remove-industry", …) and back.
QString editCode(ProfileEdit edit);
std::optional<ProfileEdit> editFromCode(const QString &code);

// "7 of the last 10 declined or skipped referrals of customers with 1–9 employees gave the
// reason “Customer too small for us”."
QString explainAdvice(const ProfileAdvice &advice, const QLocale &locale = QLocale());
// "Opt out of customers with 1–9 employees." / "Remove Healthcare from the industries."
QString describeEdit(ProfileEdit edit, const QString &term, const QLocale &locale = QLocale());

} // namespace rd
