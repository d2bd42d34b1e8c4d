#pragma once

#include "businessprofile.h"
#include "deadlinepolicy.h"
#include "referral.h"
#include "transitionplan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

// What the outbox holds (issue: "the loop"): the routed profile's contact hears of a new
// referral and is reminded before it is too late; the customer hears when a partner let them go.
enum class MessageKind { NewReferral, CustomerNotice, Reminder };

// The names the outbox stores and the command line prints: new-referral, customer-notice, reminder.
QString messageKindName(MessageKind kind);
std::optional<MessageKind> messageKindFromName(const QString &name);

// Which reminder: the 24-hour target passed unanswered, or a deadline is four hours away.
inline const QString kTargetReminder = QStringLiteral("target");
inline const QString kDeadlineReminder = QStringLiteral("deadline");

// One person a message goes to, and the language it is written in ("ko" or "en").
struct Recipient
{
    QString name;
    QString email;
    QString locale;

    bool operator==(const Recipient &) const = default;
};

struct PlannedMessage
{
    MessageKind kind = MessageKind::NewReferral;
    QString topic; // a reminder's kTargetReminder or kDeadlineReminder
    Recipient to;
    QDateTime notBefore;
};

// The language a message to someone of culture `culture` (ko, ko-KR, en-us…) is written in:
// Korean for Korean, English for everything else.
QString mailLocale(const QString &culture);

// The customer contacts told to choose another partner: none without consent to contact,
// otherwise each one with an e-mail address who did not turn notifications off.
QList<Recipient> customerRecipients(const Referral &referral);
Recipient profileRecipient(const ProfileContact &contact);

// The reminders whose moment has come at `now` for `referral` as it now is: its 24-hour target
// passed while it is still New, and its deadline (missed or expired) four hours away or less
// (the first warning). None once the deadline itself has passed, for a referral without a
// routed contact, and for samples. The store sends each once per status.
QList<PlannedMessage> dueReminders(const Referral &referral, const std::optional<ProfileContact> &contact,
                                   const QDateTime &now, const DeadlinePolicy &policy);

// What storing a newly arrived referral sends: an alert to the routed contact while it can still
// be answered.
QList<PlannedMessage> messagesOnArrival(const Referral &stored, const std::optional<ProfileContact> &contact,
                                        const QDateTime &now);

// What a change of status sends: the customer notices of plan.notice, each waiting out the undo
// grace of the decision. The store withdraws reminders of the state the referral left.
QList<PlannedMessage> messagesOnTransition(const TransitionPlan &plan);

} // namespace rd
