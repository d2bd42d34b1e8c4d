#include "outboxsender.h"

#include "businessprofile.h"
#include "database.h"
#include "databasesettings.h"
#include "mailcomposer.h"
#include "profilestore.h"
#include "referralstore.h"
#include "smtptransport.h"
#include "visibility.h"

#include <QCoreApplication>
#include <QUuid>

namespace rd {

namespace {

constexpr int kBatch = 100;

} // namespace

OutboxSender::OutboxSender(Database &database, const MailSettings &settings, SmtpTransport &transport)
    : m_database(database)
    , m_settings(settings)
    , m_transport(transport)
    , m_outbox(database)
{
}

QDateTime OutboxSender::retryAt(int attempts, const QDateTime &failedAt)
{
    constexpr qint64 kFirst = 60;
    constexpr qint64 kLongest = 30 * 60;
    qint64 delay = kFirst;
    for (int i = 1; i < attempts && delay < kLongest; ++i)
        delay *= 2;
    return failedAt.addSecs(qMin(delay, kLongest));
}

QString OutboxSender::messageId(qint64 outboxId)
{
    // One id per database, so that rows of two databases never share a Message-ID.
    if (m_instance.isEmpty()) {
        DatabaseSettings::setValueIfAbsent(m_database, DatabaseSettings::kInstance,
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_instance = DatabaseSettings::value(m_database, DatabaseSettings::kInstance).value_or(QStringLiteral("unknown"));
    }
    const QString from = m_settings.from.trimmed();
    const QString domain = from.mid(from.lastIndexOf(QLatin1Char('@')) + 1);
    return QStringLiteral("outbox.%1.%2@%3").arg(outboxId).arg(m_instance, domain.isEmpty() ? QStringLiteral("referral-desk.invalid") : domain);
}

SendSummary OutboxSender::sendDue(const QDateTime &now, const std::atomic<bool> *stop)
{
    SendSummary summary;
    // Reminders are written when their moment comes: this round may be that moment.
    ReferralStore store(m_database);
    if (store.enqueueDueReminders(now, &summary.error) < 0)
        return summary;
    m_outbox.releaseAbandoned(now.addSecs(-kAbandonedAfterSeconds));
    if (!m_outbox.lastError().isEmpty()) {
        summary.error = m_outbox.lastError();
        return summary;
    }
    for (;;) {
        if (stop && stop->load())
            return summary;
        const std::optional<OutboxMessage> message = m_outbox.takeNext(now);
        if (!m_outbox.lastError().isEmpty()) {
            summary.error = m_outbox.lastError();
            return summary;
        }
        if (!message)
            return summary;
        QString serverDown;
        switch (sendOne(*message, now, &serverDown)) {
        case Step::Sent:
            ++summary.sent;
            break;
        case Step::Failed:
            ++summary.failed;
            break;
        case Step::ServerDown:
            ++summary.retrying;
            // Once the server is out of reach the rest of this round waits too, untried.
            summary.retrying += deferRest(now, serverDown);
            return summary;
        case Step::Retrying:
            ++summary.retrying;
            break;
        }
    }
}

int OutboxSender::deferRest(const QDateTime &now, const QString &serverWords)
{
    int deferred = 0;
    for (;;) {
        const QList<OutboxMessage> due = m_outbox.pending(now, kBatch);
        if (due.isEmpty() || !m_outbox.lastError().isEmpty())
            return deferred;
        for (const OutboxMessage &message : due) {
            if (m_outbox.deferAfterFailure(message.id, serverWords, retryAt(message.attempts + 1, now)))
                ++deferred;
            else if (!m_outbox.lastError().isEmpty())
                return deferred; // the row would come back in every batch
        }
    }
}

OutboxSender::Step OutboxSender::sendOne(const OutboxMessage &message, const QDateTime &now, QString *serverWords)
{
    // Taken by takeNext(): no other sender has it.
    const int attempt = message.attempts + 1;
    if (!isPlausibleEmail(message.recipient)) {
        m_outbox.markFailed(message.id, QCoreApplication::translate("rd::OutboxSender", "\"%1\" is not an e-mail address.").arg(message.recipient), now);
        return Step::Failed;
    }
    ReferralStore referrals(m_database);
    const std::optional<Referral> referral = referrals.find(message.referralId);
    if (!referral) {
        m_outbox.markFailed(message.id, QCoreApplication::translate("rd::OutboxSender", "The referral \"%1\" this message is about is not in the database.").arg(message.referralId), now);
        return Step::Failed;
    }
    const std::optional<PartnerOrganisation> partner = ProfileStore(m_database).partner(referral->partnerId);
    const ComposedMail words = composeMail(message, *referral, partner ? partner->name : QString());
    const MailMessage mail{QStringLiteral("Referral Desk"), m_settings.from.trimmed(), message.recipientName, message.recipient,
                           words.subject, words.body, messageId(message.id), now};

    const Delivery delivery = m_transport.deliver(mail);
    switch (delivery.outcome) {
    case Delivery::Outcome::Delivered:
        // Withdrawn while it was on its way (an undo racing the sender): it went all the same.
        m_outbox.markSent(message.id, now);
        return Step::Sent;
    case Delivery::Outcome::Rejected:
        m_outbox.markFailed(message.id, delivery.words, now);
        return Step::Failed;
    case Delivery::Outcome::TryLater:
        break;
    }
    m_outbox.deferAfterFailure(message.id, delivery.words, retryAt(attempt, now));
    *serverWords = delivery.words;
    return delivery.serverUnreachable ? Step::ServerDown : Step::Retrying;
}

} // namespace rd
