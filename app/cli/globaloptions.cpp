#include "globaloptions.h"

#include "isotime.h"

#include <QCoreApplication>

namespace rd {

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            options.command = argument;
            options.commandArguments = arguments.mid(i);
            return options;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
            return options;
        }
        if (argument == QLatin1String("--version")) {
            options.version = true;
            return options;
        }
        const int equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (name != QLatin1String("--db") && name != QLatin1String("--now") && name != QLatin1String("--user")
            && name != QLatin1String("--lang")) {
            options.error = QCoreApplication::translate("GlobalOptions", "Unknown option %1.").arg(name);
            return options;
        }
        QString value;
        if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            options.error = QCoreApplication::translate("GlobalOptions", "The option %1 needs a value.").arg(name);
            return options;
        }
        if (name == QLatin1String("--db")) {
            if (value.trimmed().isEmpty()) {
                options.error = QCoreApplication::translate("GlobalOptions", "The option --db needs the path of a database file.");
                return options;
            }
            options.databasePath = value;
        } else if (name == QLatin1String("--lang")) {
            options.language = value.trimmed().toLower();
            if (options.language != QLatin1String("ko") && options.language != QLatin1String("en")) {
                options.error = QCoreApplication::translate("GlobalOptions", "--lang must be ko or en, not \"%1\".").arg(value);
                return options;
            }
        } else if (name == QLatin1String("--user")) {
            options.user = value.trimmed();
            if (options.user.isEmpty()) {
                options.error = QCoreApplication::translate("GlobalOptions", "The option --user needs a name.");
                return options;
            }
        } else {
            const std::optional<QDateTime> now = parseIsoInstant(value);
            if (!now) {
                options.error = QCoreApplication::translate("GlobalOptions", "--now must be an ISO 8601 date and time such as 2024-05-01T09:30:00Z, not \"%1\".").arg(value);
                return options;
            }
            options.now = *now;
        }
    }
    options.error = QCoreApplication::translate("GlobalOptions", "No command given.");
    return options;
}

QString usageText()
{
    return QCoreApplication::translate("GlobalOptions", "Usage: referral-desk-cli [--db PATH] [--now ISO-8601-UTC] [--user NAME] [--lang ko|en] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  import FILE...                       import Partner Center referral JSON (- reads standard input)\n"
              "  list [--status S[,S...]] [--tab new|evaluating|negotiating|archived] [--search TEXT]\n"
              "  show ID                              one referral with its history\n"
              "  interested ID                        I'm interested: move a new referral to Evaluating\n"
              "  skip ID [--reason TEXT]              No thanks: archive a new referral as Skipped\n"
              "  accept ID --value AMOUNT --currency CODE --closing YYYY-MM-DD [--notes TEXT]\n"
              "  decline ID --reason TEXT\n"
              "  won ID [--value AMOUNT]\n"
              "  lost ID --reason TEXT\n"
              "  estimate ID [--value AMOUNT] [--currency CODE] [--closing YYYY-MM-DD] [--notes TEXT]\n"
              "                                       keep a negotiating deal's estimate current\n"
              "  claim ID [--release | --to NAME]     say you are handling a new or evaluating referral, let go\n"
              "                                       of it, or (managers) hand it to a colleague\n"
              "  sweep                                archive every referral whose deadline has passed\n"
              "  demo [--count N]                     add N realistic sample referrals (default 200)\n"
              "  migrate                              set up the database or bring its schema up to date\n"
              "  partner add ID --name NAME           add a partner organisation (or rename it)\n"
              "  partner list\n"
              "  profile set FILE|-                   create or replace business profiles (JSON: one or an array)\n"
              "  profile list [--partner ID]          business profiles, as profile set takes them\n"
              "  profile show ID\n"
              "  profile export [--partner ID]        a JSON array that profile set takes back\n"
              "  find-partner --country CC [--size S] [--industry I]... [--product P]... [--service S]...\n"
              "               [--solution S]... [--keywords TEXT] [--limit N]\n"
              "                                       business profiles for a customer, best first\n"
              "  rfi submit FILE|-                    send a customer's RFI to 1-5 business profiles\n"
              "  mail set --server URL --from ADDRESS [--user NAME]\n"
              "                                       the SMTP server (the password: keyring or REFERRAL_DESK_SMTP_PASSWORD)\n"
              "  outbox list [--status pending|sent|failed|withdrawn]\n"
              "  outbox send                          deliver the e-mails that are due, once\n"
              "  report --from YYYY-MM-DD --to YYYY-MM-DD [--partner ID] [--format json|csv]\n"
              "                                       the dashboard's numbers for a period and the one before\n"
              "  export [--status S[,S...]] [--from DATE] [--to DATE] [--search TEXT] --format csv|xlsx --output FILE\n"
              "                                       the referrals list gives, closed between the dates, as a file\n"
              "  user add NAME --partner ID [--role rep|manager] [--region R]...\n"
              "  user add NAME --programme            a person of a team database on a PostgreSQL server (the\n"
              "                                       password: REFERRAL_DESK_NEW_PASSWORD, or none)\n"
              "  user grant NAME [--role rep|manager] [--region R... | --every-region]\n"
              "                                       change what they do; a rep with regions sees only those\n"
              "  user revoke NAME --region R...       take regions away from a rep\n"
              "  user list\n"
              "\n"
              "Output is JSON on standard output; errors go to standard error.\n"
              "Exit codes: 0 done, 1 records rejected or another failure, 2 usage error,\n"
              "3 refused by a rule, 4 no such referral or profile.\n");
}

} // namespace rd
