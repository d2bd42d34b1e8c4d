#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rd {

// An e-mail as the outbox sends it: one recipient, a plain-text body, a Message-ID that stays
// the same for every attempt at one outbox row (so a receiver can drop a repeat).
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
    QString messageId; // without the angle brackets: local@domain
    QDateTime date;
};

// The message in Internet Message Format (RFC 5322) with MIME: UTF-8 text in base64, the
// subject and names as RFC 2047 encoded words when they are not plain ASCII, CRLF line ends.
QByteArray toMime(const MailMessage &message);

// "=?UTF-8?B?...?=" words of at most 75 characters each, never splitting a character; the
// text itself when it is printable ASCII.
QByteArray encodedWords(const QString &text);
// The Date header's value: "Tue, 01 Dec 2026 09:00:00 +0000".
QByteArray mailDate(const QDateTime &at);

} // namespace rd
