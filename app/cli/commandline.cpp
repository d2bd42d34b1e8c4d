#include "commandline.h"

#include "clock.h"
#include "database.h"
#include "money.h"
#include "paths.h"
#include "reasons.h"
#include "referralimporter.h"
#include "referraljson.h"
#include "referralstore.h"
#include "translations.h"
#include "useraccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

bool CommandLine::parseCommand(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

std::pair<SortKey, Qt::SortOrder> CommandLine::listOrder(const std::optional<Tab> &tab)
{
    if (!tab)
        return {SortKey::ReceivedAt, Qt::DescendingOrder};
    return defaultSort(*tab);
}

QCommandLineOption CommandLine::searchOption()
{
    return {QStringLiteral("search"), QCoreApplication::translate("CommandLine", "Only referrals with these words, as the window's search finds them."),
            QStringLiteral("TEXT")};
}

QString CommandLine::parseStatuses(const QString &value, QList<Status> *statuses)
{
    const QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const std::optional<Status> status = statusFromName(name.trimmed().toLower());
        if (!status)
            return QCoreApplication::translate("CommandLine", "Unknown status \"%1\"; use new, evaluating, negotiating, won, lost, skipped, missed, declined or expired.").arg(name);
        statuses->append(*status);
    }
    if (statuses->isEmpty())
        return QCoreApplication::translate("CommandLine", "--status needs at least one status.");
    return {};
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CommandLine::~CommandLine() = default;

int CommandLine::run(const QStringList &arguments)
{
    m_options = parseGlobalOptions(arguments);
    if (!m_options.language.isEmpty())
        installTranslations(localeForLanguage(m_options.language));
    if (m_options.help) {
        m_out << usageText();
        return Done;
    }
    if (m_options.version) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Done;
    }
    if (!m_options.error.isEmpty())
        return usageError(m_options.error);

    static const QStringList commands = {
        QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("sweep"),
        QStringLiteral("interested"), QStringLiteral("skip"), QStringLiteral("accept"),
        QStringLiteral("decline"), QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("demo"),
        QStringLiteral("estimate"), QStringLiteral("partner"), QStringLiteral("profile"),
        QStringLiteral("find-partner"), QStringLiteral("rfi"), QStringLiteral("mail"), QStringLiteral("outbox"),
        QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("migrate"), QStringLiteral("user"),
        QStringLiteral("claim"),
    };
    const QString command = m_options.command;
    if (!commands.contains(command))
        return usageError(QCoreApplication::translate("CommandLine", "Unknown command \"%1\".").arg(command));

    if (m_options.now.isValid())
        m_clock = std::make_unique<ManualClock>(m_options.now);
    else
        m_clock = std::make_unique<SystemClock>();
    // On a server each person connects as their own role, and that is who decides; a file
    // records the login name.
    const QString location = m_options.databasePath.isEmpty() ? defaultDatabasePath() : m_options.databasePath;
    if (m_options.user.isEmpty() && !ConnectionSpec::namesServer(location))
        m_options.user = loginName();

    const QStringList arguments_ = m_options.commandArguments;
    if (command == QLatin1String("import"))
        return importFiles(arguments_);
    if (command == QLatin1String("list"))
        return list(arguments_);
    if (command == QLatin1String("show"))
        return show(arguments_);
    if (command == QLatin1String("sweep"))
        return sweep(arguments_);
    if (command == QLatin1String("demo"))
        return demo(arguments_);
    if (command == QLatin1String("estimate"))
        return estimate(arguments_);
    if (command == QLatin1String("claim"))
        return claim(arguments_);
    if (command == QLatin1String("partner"))
        return partner(arguments_);
    if (command == QLatin1String("profile"))
        return profile(arguments_);
    if (command == QLatin1String("find-partner"))
        return findPartner(arguments_);
    if (command == QLatin1String("rfi"))
        return rfi(arguments_);
    if (command == QLatin1String("mail"))
        return mail(arguments_);
    if (command == QLatin1String("outbox"))
        return outbox(arguments_);
    if (command == QLatin1String("report"))
        return reportCommand(arguments_);
    if (command == QLatin1String("export"))
        return exportCommand(arguments_);
    if (command == QLatin1String("migrate"))
        return migrate(arguments_);
    if (command == QLatin1String("user"))
        return user(arguments_);
    return act(*actionFromName(command), arguments_);
}

ReferralStore *CommandLine::store()
{
    if (m_store)
        return m_store.get();
    // Commands that only read never leave a new database (or its folders) behind.
    const bool onlyReads = m_onlyReads || m_options.command == QLatin1String("list") || m_options.command == QLatin1String("show");
    const Database::OpenMode mode = onlyReads ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing;
    DatabaseError error;
    const QString path = m_options.databasePath.isEmpty() ? defaultDatabasePath() : m_options.databasePath;
    m_database = Database::open(ConnectionSpec::fromUserText(path, Session{m_options.user}), &error, mode);
    if (!m_database) {
        fail(Failure, error.message);
        return nullptr;
    }
    m_store = std::make_unique<ReferralStore>(*m_database);
    return m_store.get();
}

int CommandLine::usageError(const QString &text)
{
    m_err << text << '\n' << QCoreApplication::translate("CommandLine", "Run referral-desk-cli --help for the commands and their options.") << '\n';
    return UsageError;
}

int CommandLine::fail(int code, const QString &text)
{
    m_err << text << '\n';
    return code;
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int CommandLine::importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "import needs at least one file (or - for standard input)."));

    if (!store())
        return Failure;
    ReferralImporter importer(*m_store);
    ImportReport total;
    QJsonArray rejected;
    bool failed = false;
    for (const QString &name : files) {
        QFile file;
        const QString problem = openInput(name, file);
        if (!problem.isEmpty()) {
            m_err << problem << '\n';
            failed = true;
            continue;
        }
        const ImportReport report = importer.importFrom(file, m_clock->now(), actor());
        total.imported += report.imported;
        total.duplicates += report.duplicates;
        total.rejectedCount += report.rejectedCount;
        total.archivedAtOnce += report.archivedAtOnce;
        for (auto it = report.byStatus.cbegin(); it != report.byStatus.cend(); ++it)
            total.byStatus[it.key()] += it.value();
        if (!report.fileError.isEmpty()) {
            m_err << inputName(name) << ": " << report.fileError << '\n';
            failed = true;
        }
        for (const ImportRejection &rejection : report.rejected) {
            QJsonObject entry{{QStringLiteral("index"), rejection.index},
                              {QStringLiteral("id"), rejection.id},
                              {QStringLiteral("error"), rejection.error}};
            if (files.size() > 1)
                entry.insert(QStringLiteral("file"), name);
            rejected.append(entry);
        }
    }
    QJsonObject byStatus;
    for (Status status : allStatuses())
        byStatus.insert(statusName(status), total.byStatus.value(status));
    printJson(QJsonObject{{QStringLiteral("imported"), total.imported},
                          {QStringLiteral("duplicates"), total.duplicates},
                          {QStringLiteral("rejected"), rejected},
                          {QStringLiteral("byStatus"), byStatus},
                          {QStringLiteral("archivedAtOnce"), total.archivedAtOnce}});
    if (total.archivedAtOnce > 0)
        m_err << QCoreApplication::translate("CommandLine", "%n referral(s) arrived after their deadline and were archived at once; their customers will be told to choose another partner.", nullptr, total.archivedAtOnce) << '\n';
    if (total.rejectedCount > 0)
        m_err << QCoreApplication::translate("CommandLine", "%n record(s) were rejected; the others were stored.", nullptr, total.rejectedCount) << '\n';
    return failed || total.rejectedCount > 0 ? Failure : Done;
}

int CommandLine::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), QCoreApplication::translate("CommandLine", "Only these statuses."), QStringLiteral("S[,S...]")});
    parser.addOption({QStringLiteral("tab"), QCoreApplication::translate("CommandLine", "Only this tab."), QStringLiteral("TAB")});
    parser.addOption(searchOption());
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "list takes no arguments besides --status, --tab and --search."));

    ReferralQuery query;
    if (parser.isSet(QStringLiteral("tab"))) {
        query.tab = tabFromName(parser.value(QStringLiteral("tab")).trimmed().toLower());
        if (!query.tab)
            return usageError(QCoreApplication::translate("CommandLine", "Unknown tab \"%1\"; use new, evaluating, negotiating or archived.").arg(parser.value(QStringLiteral("tab"))));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        if (const QString problem = parseStatuses(parser.value(QStringLiteral("status")), &query.statuses); !problem.isEmpty())
            return usageError(problem);
    }
    query.search = parser.value(QStringLiteral("search"));
    std::tie(query.sort, query.order) = listOrder(query.tab);
    query.limit = 500;

    if (!store())
        return Failure;
    // Page by page, so that a large database is never held in memory at once.
    m_out << '[';
    bool first = true;
    for (;;) {
        const Page page = m_store->page(query);
        for (const Referral &referral : page.rows) {
            m_out << (first ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(referralToJson(referral)).toJson(QJsonDocument::Compact));
            first = false;
        }
        if (!page.next)
            break;
        query.after = page.next;
    }
    m_out << (first ? "]\n" : "\n]\n");
    if (!m_store->lastError().isEmpty())
        return fail(Failure, m_store->lastError());
    return Done;
}

int CommandLine::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CommandLine", "show needs exactly one referral id."));
    const QString id = parser.positionalArguments().constFirst();
    if (!store())
        return Failure;
    const std::optional<Referral> referral = m_store->find(id);
    if (!referral) {
        if (!m_store->lastError().isEmpty())
            return fail(Failure, m_store->lastError());
        return fail(NotFound, QCoreApplication::translate("CommandLine", "There is no referral with the id \"%1\".").arg(id));
    }
    QJsonObject json = referralToJson(*referral);
    json.insert(QStringLiteral("history"), historyToJson(m_store->history(id)));
    printJson(json);
    return Done;
}

int CommandLine::act(Action action, const QStringList &arguments)
{
    const QCommandLineOption reason(QStringLiteral("reason"), QCoreApplication::translate("CommandLine", "Why."), QStringLiteral("TEXT"));
    const QCommandLineOption value(QStringLiteral("value"), QCoreApplication::translate("CommandLine", "A deal value such as 1500.50."), QStringLiteral("AMOUNT"));
    const QCommandLineOption currency(QStringLiteral("currency"), QCoreApplication::translate("CommandLine", "An ISO 4217 currency code."), QStringLiteral("CODE"));
    const QCommandLineOption closing(QStringLiteral("closing"), QCoreApplication::translate("CommandLine", "The estimated closing date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption notes(QStringLiteral("notes"), QCoreApplication::translate("CommandLine", "Notes on the estimate."), QStringLiteral("TEXT"));

    QCommandLineParser parser;
    switch (action) {
    case Action::Interested:
        break;
    case Action::Skip:
    case Action::Decline:
    case Action::Lost:
        parser.addOption(reason);
        break;
    case Action::Accept:
        parser.addOptions({value, currency, closing, notes});
        break;
    case Action::Won:
        parser.addOptions({value, currency});
        break;
    }
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CommandLine", "%1 needs exactly one referral id.").arg(actionName(action)));
    const QString id = parser.positionalArguments().constFirst();

    const auto require = [&](const QCommandLineOption &option) {
        return parser.isSet(option) ? QString()
                                    : QCoreApplication::translate("CommandLine", "%1 needs --%2.").arg(actionName(action), option.names().constFirst());
    };
    ActionRequest request;
    request.action = action;
    request.userZone = QTimeZone::systemTimeZone();
    if (action == Action::Decline || action == Action::Lost) {
        if (const QString missing = require(reason); !missing.isEmpty())
            return usageError(missing);
    }
    if (action == Action::Skip || action == Action::Decline || action == Action::Lost) {
        request.reason = parser.value(reason);
        // A preset's code ("no-capacity") records the preset, shown in each reader's language.
        if (Reasons::presetCodes(action).contains(request.reason.trimmed())) {
            request.reasonCode = request.reason.trimmed();
            request.reason = Reasons::englishTitle(request.reasonCode);
        }
    }

    if (action == Action::Accept) {
        for (const QCommandLineOption &option : {value, currency, closing}) {
            if (const QString missing = require(option); !missing.isEmpty())
                return usageError(missing);
        }
        const MoneyParse money = parseMoney(parser.value(value), parser.value(currency).trimmed().toUpper());
        if (!money.money)
            return fail(Refused, money.error);
        request.value = money.money;
        request.closingDate = QDate::fromString(parser.value(closing).trimmed(), Qt::ISODate);
        if (!request.closingDate.isValid())
            return fail(Refused, QCoreApplication::translate("CommandLine", "\"%1\" is not a date; write the closing date as YYYY-MM-DD.").arg(parser.value(closing)));
        request.notes = parser.value(notes);
    } else if (action == Action::Won && parser.isSet(value)) {
        QString code = parser.value(currency).trimmed().toUpper();
        if (code.isEmpty()) {
            if (!store())
                return Failure;
            const std::optional<Referral> current = m_store->find(id);
            if (!current)
                return fail(NotFound, QCoreApplication::translate("CommandLine", "There is no referral with the id \"%1\".").arg(id));
            if (!current->estimate)
                return fail(Refused, QCoreApplication::translate("CommandLine", "This referral has no estimate to take the currency from; add --currency."));
            code = current->estimate->value.currency;
        }
        const MoneyParse money = parseMoney(parser.value(value), code);
        if (!money.money)
            return fail(Refused, money.error);
        request.value = money.money;
    }

    if (!store())
        return Failure;
    return report(m_store->apply(id, request, m_clock->now(), actor()));
}

int CommandLine::estimate(const QStringList &arguments)
{
    const QCommandLineOption value(QStringLiteral("value"), QCoreApplication::translate("CommandLine", "A deal value such as 1500.50."), QStringLiteral("AMOUNT"));
    const QCommandLineOption currency(QStringLiteral("currency"), QCoreApplication::translate("CommandLine", "An ISO 4217 currency code."), QStringLiteral("CODE"));
    const QCommandLineOption closing(QStringLiteral("closing"), QCoreApplication::translate("CommandLine", "The estimated closing date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption notes(QStringLiteral("notes"), QCoreApplication::translate("CommandLine", "Notes on the estimate."), QStringLiteral("TEXT"));
    QCommandLineParser parser;
    parser.addOptions({value, currency, closing, notes});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CommandLine", "estimate needs exactly one referral id."));
    const QString id = parser.positionalArguments().constFirst();

    EstimateChange change;
    change.userZone = QTimeZone::systemTimeZone();
    if (parser.isSet(value))
        change.amount = parser.value(value);
    if (parser.isSet(currency))
        change.currency = parser.value(currency);
    if (parser.isSet(notes))
        change.notes = parser.value(notes);
    if (parser.isSet(closing)) {
        const QDate date = QDate::fromString(parser.value(closing).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(Refused, QCoreApplication::translate("CommandLine", "\"%1\" is not a date; write the closing date as YYYY-MM-DD.").arg(parser.value(closing)));
        change.closingDate = date;
    }
    if (change.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "estimate needs at least one of --value, --currency, --closing and --notes."));
    if (!store())
        return Failure;
    return report(m_store->changeEstimate(id, change, m_clock->now(), actor()));
}

int CommandLine::claim(const QStringList &arguments)
{
    const QCommandLineOption release(QStringLiteral("release"), QCoreApplication::translate("CommandLine", "Let go of the claim."));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("CommandLine", "Hand it to this colleague (managers)."), QStringLiteral("NAME"));
    QCommandLineParser parser;
    parser.addOptions({release, to});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CommandLine", "claim needs exactly one referral id."));
    if (parser.isSet(release) && parser.isSet(to))
        return usageError(QCoreApplication::translate("CommandLine", "claim takes --release or --to, not both."));
    ClaimRequest request;
    if (parser.isSet(release))
        request.change = ClaimRequest::Change::Release;
    if (parser.isSet(to))
        request = ClaimRequest{ClaimRequest::Change::Reassign, parser.value(to)};
    if (!store())
        return Failure;
    return report(m_store->claim(parser.positionalArguments().constFirst(), request, m_clock->now(), actor()));
}

int CommandLine::report(const ActionOutcome &outcome)
{
    switch (outcome.result) {
    case ActionOutcome::Result::Applied:
        printJson(referralToJson(*outcome.referral));
        return Done;
    case ActionOutcome::Result::Refused:
        return fail(Refused, outcome.message);
    case ActionOutcome::Result::NotFound:
        return fail(NotFound, outcome.message);
    case ActionOutcome::Result::Failed:
        break;
    }
    return fail(Failure, outcome.message);
}

} // namespace rd
