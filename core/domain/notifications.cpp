#include "notifications.h"

namespace rd {

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::NewReferral:
        return QStringLiteral("new-referral");
    case MessageKind::CustomerNotice:
        return QStringLiteral("customer-notice");
    case MessageKind::Reminder:
        return QStringLiteral("reminder");
    }
    return {};
}

std::optional<MessageKind> messageKindFromName(const QString &name)
{
    for (MessageKind kind : {MessageKind::NewReferral, MessageKind::CustomerNotice, MessageKind::Reminder}) {
        if (messageKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString mailLocale(const QString &culture)
{
    const QString lower = culture.trimmed().toLower();
    return lower == QLatin1String("ko") || lower.startsWith(QLatin1String("ko-")) || lower.startsWith(QLatin1String("ko_"))
               ? QStringLiteral("ko")
               : QStringLiteral("en");
}

QList<Recipient> customerRecipients(const Referral &referral)
{
    QList<Recipient> recipients;
    if (!referral.consentToContact || referral.sample)
        return recipients;
    for (const Contact &contact : referral.customer.contacts) {
        if (contact.email.trimmed().isEmpty() || contact.notificationsDisabled)
            continue;
        const QString name = QStringList{contact.firstName.trimmed(), contact.lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
        recipients.append(Recipient{name, contact.email.trimmed(), mailLocale(contact.locale)});
    }
    return recipients;
}

Recipient profileRecipient(const ProfileContact &contact)
{
    return Recipient{contact.name, contact.email, mailLocale(contact.locale)};
}

QList<PlannedMessage> dueReminders(const Referral &referral, const std::optional<ProfileContact> &contact,
                                   const QDateTime &now, const DeadlinePolicy &policy)
{
    QList<PlannedMessage> reminders;
    if (!contact || referral.sample || !referral.deadline.isValid() || deadlinePassed(referral.deadline, now))
        return reminders;
    const Recipient to = profileRecipient(*contact);
    if (referral.status == Status::New && referral.respondBy.isValid() && referral.respondBy <= now)
        reminders.append(PlannedMessage{MessageKind::Reminder, kTargetReminder, to, referral.respondBy});
    const QDateTime warning = referral.deadline.addSecs(-policy.firstWarningSeconds);
    if ((referral.status == Status::New || referral.status == Status::Evaluating) && warning <= now)
        reminders.append(PlannedMessage{MessageKind::Reminder, kDeadlineReminder, to, warning});
    return reminders;
}

QList<PlannedMessage> messagesOnArrival(const Referral &stored, const std::optional<ProfileContact> &contact,
                                        const QDateTime &now)
{
    if (!contact || stored.sample || stored.status != Status::New || deadlinePassed(stored.deadline, now))
        return {};
    return {PlannedMessage{MessageKind::NewReferral, {}, profileRecipient(*contact), now}};
}

QList<PlannedMessage> messagesOnTransition(const TransitionPlan &plan)
{
    QList<PlannedMessage> messages;
    if (plan.notice) {
        for (const Recipient &to : customerRecipients(plan.after))
            messages.append(PlannedMessage{MessageKind::CustomerNotice, {}, to, plan.notice->notBefore});
    }
    return messages;
}

} // namespace rd
