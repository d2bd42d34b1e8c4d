#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

class Database;

// Where the outbox sends from: an SMTP server (smtp://host:port, which upgrades to TLS with
// STARTTLS when the server offers it, or smtps://host:port), the sender's address, and the user
// to log in as (none for a server that takes mail without). The password is never here: it
// comes from the keyring or REFERRAL_DESK_SMTP_PASSWORD (mailpassword.h).
struct MailSettings
{
    QString serverUrl;
    QString from;
    QString user;

    bool operator==(const MailSettings &) const = default;
};

// What is wrong with them, one translated sentence each; empty when they may be used.
QStringList problemsIn(const MailSettings &settings);

// The database's mail settings; nothing until they are set.
std::optional<MailSettings> loadMailSettings(Database &database);
// Stores them in one transaction; false with *error when the database refuses.
bool saveMailSettings(Database &database, const MailSettings &settings, QString *error);

} // namespace rd
