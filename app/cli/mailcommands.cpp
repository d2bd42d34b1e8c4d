// E-mail on the command line: mail set, outbox list, outbox send.
#include "commandline.h"

#include "clock.h"
#include "isotime.h"
#include "mailpassword.h"
#include "mailsettings.h"
#include "outbox.h"
#include "outboxsender.h"
#include "referralstore.h"
#include "smtptransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

constexpr int kOutboxPage = 500;

QJsonValue instantOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(formatIsoInstant(at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject messageToJson(const OutboxMessage &message)
{
    return QJsonObject{
        {QStringLiteral("id"), message.id},
        {QStringLiteral("kind"), message.kind},
        {QStringLiteral("referral"), message.referralId},
        {QStringLiteral("to"), message.recipient},
        {QStringLiteral("status"), outboxStatusName(message.status())},
        {QStringLiteral("attempts"), message.attempts},
        {QStringLiteral("error"), message.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message.lastError)},
        {QStringLiteral("notBefore"), instantOrNull(message.notBefore)},
        {QStringLiteral("sentAt"), instantOrNull(message.sentAt)},
    };
}

} // namespace

int CommandLine::mail(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), QCoreApplication::translate("CommandLine", "The SMTP server: smtp://host:port or smtps://host:port."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("CommandLine", "The sender's e-mail address."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("user"), QCoreApplication::translate("CommandLine", "The user to log in as; the password comes from the keyring or REFERRAL_DESK_SMTP_PASSWORD."), QStringLiteral("NAME")});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("set")} || !parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("from")))
        return usageError(QCoreApplication::translate("CommandLine", "mail needs set --server URL --from ADDRESS [--user NAME]."));
    const MailSettings settings{parser.value(QStringLiteral("server")).trimmed(), parser.value(QStringLiteral("from")).trimmed(),
                                parser.value(QStringLiteral("user")).trimmed()};
    if (const QStringList problems = problemsIn(settings); !problems.isEmpty())
        return fail(Refused, problems.join(QLatin1Char('\n')));
    if (!store())
        return Failure;
    if (!saveMailSettings(*m_database, settings, &error))
        return fail(Failure, error);
    printJson(QJsonObject{{QStringLiteral("server"), settings.serverUrl},
                          {QStringLiteral("from"), settings.from},
                          {QStringLiteral("user"), settings.user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.user)}});
    return Done;
}

int CommandLine::outbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), QCoreApplication::translate("CommandLine", "Only messages that are pending, sent, failed or withdrawn."), QStringLiteral("STATUS")});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    if (words == QStringList{QStringLiteral("list")})
        return listOutbox(parser.isSet(QStringLiteral("status")) ? std::optional<QString>(parser.value(QStringLiteral("status"))) : std::nullopt);
    if (words == QStringList{QStringLiteral("send")} && !parser.isSet(QStringLiteral("status")))
        return sendOutbox();
    return usageError(QCoreApplication::translate("CommandLine", "outbox needs list [--status pending|sent|failed|withdrawn], or send."));
}

int CommandLine::listOutbox(const std::optional<QString> &statusName)
{
    std::optional<OutboxStatus> status;
    if (statusName) {
        status = outboxStatusFromName(statusName->trimmed().toLower());
        if (!status)
            return usageError(QCoreApplication::translate("CommandLine", "--status takes pending, sent, failed or withdrawn, not \"%1\".").arg(*statusName));
    }
    m_onlyReads = true;
    if (!store())
        return Failure;
    Outbox box(*m_database);
    // Page by page: an outbox of years is never held in memory at once.
    QList<OutboxMessage> page = box.page(status, 0, kOutboxPage);
    if (!box.lastError().isEmpty())
        return fail(Failure, box.lastError());
    if (page.isEmpty()) {
        m_out << "[]\n";
        return Done;
    }
    m_out << "[\n";
    bool first = true;
    while (!page.isEmpty()) {
        for (const OutboxMessage &message : page) {
            QByteArray object = QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Indented).trimmed();
            object.replace("\n", "\n    ");
            m_out << (first ? "    " : ",\n    ") << QString::fromUtf8(object);
            first = false;
        }
        page = box.page(status, page.constLast().id, kOutboxPage);
        if (!box.lastError().isEmpty()) {
            m_out << "\n]\n";
            return fail(Failure, box.lastError());
        }
    }
    m_out << "\n]\n";
    return Done;
}

int CommandLine::sendOutbox()
{
    if (!store())
        return Failure;
    const std::optional<MailSettings> settings = loadMailSettings(*m_database);
    if (!settings) {
        return fail(Failure, QCoreApplication::translate("CommandLine", "No mail server is set for this database; run: referral-desk-cli mail set --server URL --from ADDRESS"));
    }
    SmtpTransport transport(*settings, smtpPassword(*settings));
    OutboxSender sender(*m_database, *settings, transport);
    const SendSummary summary = sender.sendDue(m_clock->now());
    if (!summary.error.isEmpty())
        return fail(Failure, summary.error);
    printJson(QJsonObject{{QStringLiteral("sent"), summary.sent},
                          {QStringLiteral("failed"), summary.failed},
                          {QStringLiteral("retrying"), summary.retrying}});
    return Done;
}

} // namespace rd
