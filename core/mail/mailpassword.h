#pragma once

#include "mailsettings.h"

#include <QString>

namespace rd {

// The SMTP password of `settings.user` at `settings.serverUrl`. REFERRAL_DESK_SMTP_PASSWORD
// wins when it is set (a script, a server without a keyring); otherwise the keyring
// (QtKeychain: the Secret Service, KWallet). Empty when neither has one or no user is set.
// Needs a Qt application object; waits for the keyring in a local event loop.
QString smtpPassword(const MailSettings &settings);

// Keeps the password in the keyring, never in a file; false with *error when there is no
// keyring to keep it in.
bool storeSmtpPassword(const MailSettings &settings, const QString &password, QString *error);

} // namespace rd
