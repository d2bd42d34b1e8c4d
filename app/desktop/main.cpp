#include "clock.h"
#include "desk.h"
#include "isotime.h"
#include "language.h"
#include "mainwindow.h"
#include "paths.h"
#include "screenshots.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace rd;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("referral-desk"));
    QApplication::setOrganizationName(QStringLiteral("referral-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Referral Desk"));
    QApplication::setApplicationVersion(QStringLiteral(REFERRAL_DESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/referral-desk.svg")));
    installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Triage partner referrals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The database to open: a file, or a team server as postgresql://user@host/database."),
                                      QStringLiteral("PATH|URI"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QApplication::translate("main", "Start the clock at this instant (for demonstrations)."),
                                       QStringLiteral("ISO-8601-UTC"));
    const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "The name recorded with your decisions."), QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "The language of the window: ko or en."), QStringLiteral("LANG"));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"), QApplication::translate("main", "Save a picture of each tab into this folder and quit."),
                                               QStringLiteral("DIR"));
    parser.addOptions({dbOption, nowOption, userOption, langOption, screenshotsOption});
    parser.process(app);
    const QString language = parser.value(langOption).trimmed().toLower();
    if (!language.isEmpty() && language != QLatin1String("ko") && language != QLatin1String("en")) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Referral Desk"),
                              QApplication::translate("main", "--lang must be ko or en."));
        return 2;
    }
    applyLanguage(startupLanguage(language));

    std::unique_ptr<Clock> clock;
    if (parser.isSet(nowOption)) {
        const std::optional<QDateTime> start = parseIsoInstant(parser.value(nowOption));
        if (!start) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Referral Desk"),
                                  QApplication::translate("main", "--now must be an ISO 8601 date and time such as 2024-05-01T09:30:00Z."));
            return 2;
        }
        clock = std::make_unique<ShiftedClock>(*start);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    const Session session{parser.isSet(userOption) ? parser.value(userOption) : QString()};

    // A path someone typed may be mistyped: ask before making a new database there.
    Desk desk(*clock, session);
    const bool opened = parser.isSet(dbOption)
        ? desk.open(ConnectionSpec::fromUserText(parser.value(dbOption)), MissingDatabase::Ask)
        : desk.open(ConnectionSpec::sqliteFile(defaultDatabasePath()));
    if (!opened)
        return 1;
    if (parser.isSet(screenshotsOption))
        return saveScreenshots(*desk.window(), parser.value(screenshotsOption)) ? 0 : 1;
    return app.exec();
}
