#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace rd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("referral-desk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFERRAL_DESK_VERSION));
    installTranslations(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
