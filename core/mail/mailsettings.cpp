#include "mailsettings.h"

#include "businessprofile.h"
#include "database.h"
#include "databasesettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace rd {

QStringList problemsIn(const MailSettings &settings)
{
    QStringList problems;
    const QUrl url(settings.serverUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) || url.host().isEmpty()) {
        problems.append(QCoreApplication::translate("rd::MailSettings", "The server must be a URL such as smtp://mail.example.com:587 or smtps://mail.example.com:465, not \"%1\".")
                            .arg(settings.serverUrl));
    } else if (!url.userInfo().isEmpty()) {
        problems.append(QCoreApplication::translate("rd::MailSettings", "Give the user with --user, not inside the server URL: a password must never be stored with the settings."));
    }
    if (!isPlausibleEmail(settings.from.trimmed()))
        problems.append(QCoreApplication::translate("rd::MailSettings", "The sender \"%1\" is not an e-mail address.").arg(settings.from));
    if (settings.user.contains(QLatin1Char('\n')) || settings.user.size() > 320)
        problems.append(QCoreApplication::translate("rd::MailSettings", "The user name is not one a mail server accepts."));
    return problems;
}

std::optional<MailSettings> loadMailSettings(Database &database)
{
    const std::optional<QString> server = DatabaseSettings::value(database, DatabaseSettings::kMailServer);
    if (!server)
        return std::nullopt;
    return MailSettings{*server, DatabaseSettings::value(database, DatabaseSettings::kMailFrom).value_or(QString()),
                        DatabaseSettings::value(database, DatabaseSettings::kMailUser).value_or(QString())};
}

bool saveMailSettings(Database &database, const MailSettings &settings, QString *error)
{
    if (!database.beginWrite()) {
        *error = database.describe(database.lastError());
        return false;
    }
    if (!DatabaseSettings::setValue(database, DatabaseSettings::kMailServer, settings.serverUrl.trimmed(), error)
        || !DatabaseSettings::setValue(database, DatabaseSettings::kMailFrom, settings.from.trimmed(), error)
        || !DatabaseSettings::setValue(database, DatabaseSettings::kMailUser, settings.user.trimmed(), error)) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        *error = database.describe(database.lastError());
        database.rollback();
        return false;
    }
    return true;
}

} // namespace rd
