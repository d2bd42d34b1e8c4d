#include "mailpassword.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace rd {

namespace {

const QString kService = QStringLiteral("referral-desk-smtp");

QString keyOf(const MailSettings &settings)
{
    return settings.user.trimmed() + QLatin1Char('@') + settings.serverUrl.trimmed();
}

// Runs a keyring job to its end; true when it worked.
bool finish(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

QString smtpPassword(const MailSettings &settings)
{
    const QByteArray fromEnvironment = qgetenv("REFERRAL_DESK_SMTP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (settings.user.trimmed().isEmpty())
        return {};
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keyOf(settings));
    return finish(job, nullptr) ? job.textData() : QString();
}

bool storeSmtpPassword(const MailSettings &settings, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keyOf(settings));
    job.setTextData(password);
    return finish(job, error);
}

} // namespace rd
