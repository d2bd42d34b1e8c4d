#pragma once

#include "mailsettings.h"
#include "mimemessage.h"

#include <QString>
#include <memory>

namespace rd {

// What became of one delivery: taken by the server, to be tried again later (the server is
// down or unreachable, or it answered 4xx), or refused for good (5xx, a bad address). `words`
// is what the server said, or why it could not be reached.
struct Delivery
{
    enum class Outcome { Delivered, TryLater, Rejected };
    Outcome outcome = Outcome::TryLater;
    QString words;
    // The server could not be reached at all: the next messages would not get through either.
    bool serverUnreachable = false;
};

// SMTP through libcurl: plain smtp:// upgrading to TLS when the server offers STARTTLS, or
// smtps://. One instance keeps its connection open between messages; not thread-safe, one per
// sending thread.
class SmtpTransport
{
public:
    SmtpTransport(MailSettings settings, QString password);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    Delivery deliver(const MailMessage &message);

private:
    struct Handle;
    MailSettings m_settings;
    QString m_password;
    std::unique_ptr<Handle> m_handle;
};

} // namespace rd
