#include "mailcomposer.h"

#include "notifications.h"
#include "taxonomy.h"
#include "translations.h"

#include <QLocale>
#include <QStringList>

namespace rd {

namespace {

constexpr const char *kContext = "rd::MailComposer";

class Words
{
public:
    explicit Words(const QString &locale)
        : m_locale(locale)
    {
    }

    QString operator()(const char *source) const { return translateInto(m_locale, kContext, source); }
    QLocale locale() const { return QLocale(m_locale == QLatin1String("ko") ? QLocale::Korean : QLocale::English); }

    // Instants in UTC, spelled the same in both languages: the recipient's time zone is unknown.
    static QString instant(const QDateTime &at)
    {
        return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    }

private:
    QString m_locale;
};

QString title(const Referral &referral, const Words &say)
{
    return referral.name.trimmed().isEmpty() ? say(QT_TRANSLATE_NOOP("rd::MailComposer", "a referral")) : referral.name.trimmed();
}

QString greeting(const OutboxMessage &message, const Words &say)
{
    return message.recipientName.trimmed().isEmpty()
               ? say(QT_TRANSLATE_NOOP("rd::MailComposer", "Hello,"))
               : say(QT_TRANSLATE_NOOP("rd::MailComposer", "Hello %1,")).arg(message.recipientName.trimmed());
}

void addLine(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        lines.append(label.arg(value.trimmed()));
}

// What the customer asked for, as anyone may see it in any status.
QStringList overview(const Referral &referral, const Words &say)
{
    QStringList lines;
    const QLocale locale = say.locale();
    const Requirements &asked = referral.details.requirements;
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Customer size: %1")),
            Taxonomy::displayName(TaxonomyKind::CustomerSize, referral.customer.size, locale));
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Country: %1")), referral.customer.address.country);
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Industries: %1")),
            Taxonomy::displayNames(TaxonomyKind::Industry, asked.industries, locale).join(QStringLiteral(", ")));
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Products: %1")),
            Taxonomy::displayNames(TaxonomyKind::Product, asked.products, locale).join(QStringLiteral(", ")));
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Services: %1")),
            Taxonomy::displayNames(TaxonomyKind::Service, asked.services, locale).join(QStringLiteral(", ")));
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Solutions: %1")), asked.solutions.join(QStringLiteral(", ")));
    addLine(lines, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Notes: %1")), referral.details.notes);
    return lines;
}

ComposedMail newReferral(const OutboxMessage &message, const Referral &referral, const Words &say)
{
    QStringList body{greeting(message, say), QString(),
                     say(QT_TRANSLATE_NOOP("rd::MailComposer", "A customer sent you a new referral: \"%1\".")).arg(title(referral, say)),
                     QString()};
    body.append(overview(referral, say));
    body.append(QString());
    addLine(body, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Answer within 24 hours (recommended): by %1")), Words::instant(referral.respondBy));
    addLine(body, say(QT_TRANSLATE_NOOP("rd::MailComposer", "Without an answer by %1 it is archived as Missed, and the customer is told to choose a different partner.")),
            Words::instant(referral.deadline));
    body.append(QString());
    body.append(say(QT_TRANSLATE_NOOP("rd::MailComposer", "Open Referral Desk and answer \"I'm interested\" or \"No thanks\". Fast answers raise your visibility in Find a partner.")));
    return {say(QT_TRANSLATE_NOOP("rd::MailComposer", "New referral: %1")).arg(title(referral, say)), body.join(QLatin1Char('\n'))};
}

ComposedMail customerNotice(const OutboxMessage &message, const Referral &referral, const QString &partnerName, const Words &say)
{
    const QString partner = partnerName.trimmed().isEmpty() ? say(QT_TRANSLATE_NOOP("rd::MailComposer", "The partner you contacted"))
                                                            : partnerName.trimmed();
    const QStringList body{
        greeting(message, say), QString(),
        say(QT_TRANSLATE_NOOP("rd::MailComposer", "Thank you for your request \"%1\".")).arg(title(referral, say)),
        say(QT_TRANSLATE_NOOP("rd::MailComposer", "%1 can't take it on. Please choose a different partner in Find a partner; your request stays as you wrote it.")).arg(partner),
    };
    return {say(QT_TRANSLATE_NOOP("rd::MailComposer", "Please choose a different partner: %1")).arg(title(referral, say)), body.join(QLatin1Char('\n'))};
}

ComposedMail reminder(const OutboxMessage &message, const Referral &referral, const Words &say)
{
    QStringList body{greeting(message, say), QString()};
    QString subject;
    if (message.topic == kTargetReminder) {
        subject = say(QT_TRANSLATE_NOOP("rd::MailComposer", "Not answered within 24 hours: %1")).arg(title(referral, say));
        body.append(say(QT_TRANSLATE_NOOP("rd::MailComposer", "The referral \"%1\" has waited 24 hours without an answer. Fast answers raise your visibility in Find a partner.")).arg(title(referral, say)));
    } else {
        subject = say(QT_TRANSLATE_NOOP("rd::MailComposer", "Deadline at %1: %2")).arg(Words::instant(referral.deadline), title(referral, say));
        body.append(referral.status == Status::Evaluating
                        ? say(QT_TRANSLATE_NOOP("rd::MailComposer", "Accept or decline \"%1\" before %2, or it expires and the customer is told to choose a different partner."))
                              .arg(title(referral, say), Words::instant(referral.deadline))
                        : say(QT_TRANSLATE_NOOP("rd::MailComposer", "Answer \"%1\" before %2, or it is archived as Missed and the customer is told to choose a different partner."))
                              .arg(title(referral, say), Words::instant(referral.deadline)));
    }
    body.append(QString());
    body.append(overview(referral, say));
    return {subject, body.join(QLatin1Char('\n'))};
}

} // namespace

ComposedMail composeMail(const OutboxMessage &message, const Referral &referral, const QString &partnerName)
{
    const Words say(message.locale);
    switch (messageKindFromName(message.kind).value_or(MessageKind::CustomerNotice)) {
    case MessageKind::NewReferral:
        return newReferral(message, referral, say);
    case MessageKind::Reminder:
        return reminder(message, referral, say);
    case MessageKind::CustomerNotice:
        break;
    }
    return customerNotice(message, referral, partnerName, say);
}

} // namespace rd
