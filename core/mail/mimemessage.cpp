#include "mimemessage.h"

#include <QByteArrayList>
#include <QTimeZone>

namespace rd {

namespace {

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// One header line; encodedWords() folds a long value itself.
QByteArray header(const char *name, const QByteArray &value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

// "Name <address>" with the name quoted or encoded as it needs.
QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray bare = address.toUtf8();
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return bare;
    if (isPlainAscii(trimmed)) {
        QString quoted = trimmed;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return '"' + quoted.toLatin1() + "\" <" + bare + '>';
    }
    return encodedWords(trimmed) + " <" + bare + '>';
}

} // namespace

QByteArray encodedWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // 75 characters a word: "=?UTF-8?B?" and "?=" leave 63 for base64, 45 bytes of UTF-8 (15 Korean
    // syllables); whole code points only, so that each word decodes on its own.
    constexpr int kMaxBytesPerWord = 45;
    QByteArrayList words;
    QByteArray chunk;
    for (int i = 0; i < text.size();) {
        const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > kMaxBytesPerWord) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray mailDate(const QDateTime &at)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", "
        + QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1] + ' '
        + QByteArray::number(date.year()) + ' ' + utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray toMime(const MailMessage &message)
{
    QByteArray mime;
    mime += header("Date", mailDate(message.date));
    mime += header("From", mailbox(message.fromName, message.fromAddress));
    mime += header("To", mailbox(message.toName, message.toAddress));
    mime += header("Subject", encodedWords(message.subject.simplified()));
    mime += header("Message-ID", '<' + message.messageId.toUtf8() + '>');
    mime += header("MIME-Version", "1.0");
    mime += header("Content-Type", "text/plain; charset=UTF-8");
    mime += header("Content-Transfer-Encoding", "base64");
    mime += header("Auto-Submitted", "auto-generated");
    mime += "\r\n";
    QString body = message.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        mime += encoded.mid(i, 76) + "\r\n";
    return mime;
}

} // namespace rd
