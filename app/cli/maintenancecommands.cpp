// The commands that look after the database as a whole: sweep, demo, migrate, and the team
// database's users.
#include "commandline.h"

#include "clock.h"
#include "paths.h"
#include "referralstore.h"
#include "samplereferrals.h"
#include "teamaccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace rd {

namespace {

constexpr int kDemoDefaultCount = 200;
constexpr int kDemoMaxCount = 10'000'000;
constexpr int kDemoBatch = 5'000;
// One seed for every run, so that running demo again finds the same referrals (duplicates).
constexpr quint32 kDemoSeed = 2026;

} // namespace

int CommandLine::migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "migrate takes no arguments."));
    // Opening sets the database up or brings its schema up to date, in one transaction.
    if (!store())
        return Failure;
    printJson(QJsonObject{{QStringLiteral("from"), m_database->schemaVersionWhenOpened()},
                          {QStringLiteral("to"), m_database->schemaVersion()}});
    return Done;
}

namespace {

QJsonObject memberToJson(const TeamMember &member)
{
    return {{QStringLiteral("user"), member.name},
            {QStringLiteral("partner"), member.partnerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(member.partnerId)},
            {QStringLiteral("role"), roleName(member.role)},
            {QStringLiteral("regions"), QJsonArray::fromStringList(member.regions)}};
}

} // namespace

int CommandLine::user(const QStringList &arguments)
{
    // A database file has one user, whoever opens it; roles and grants belong to a server.
    const QString location = m_options.databasePath.isEmpty() ? defaultDatabasePath() : m_options.databasePath;
    if (!ConnectionSpec::namesServer(location)) {
        return usageError(QCoreApplication::translate("CommandLine", "user add, grant, revoke and list are for team databases on a PostgreSQL server; "
                                                                     "a database file has one user, whoever opens it."));
    }
    const QCommandLineOption partnerOption(QStringLiteral("partner"), QCoreApplication::translate("CommandLine", "The partner organisation the user works for."),
                                           QStringLiteral("ID"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QCoreApplication::translate("CommandLine", "rep or manager."), QStringLiteral("ROLE"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"), QCoreApplication::translate("CommandLine", "A user of the programme side."));
    const QCommandLineOption regionOption(QStringLiteral("region"), QCoreApplication::translate("CommandLine", "A region a rep works for (repeat for more)."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption everyRegionOption(QStringLiteral("every-region"), QCoreApplication::translate("CommandLine", "Let a rep see every region again."));
    QCommandLineParser parser;
    parser.addOptions({partnerOption, roleOption, programmeOption, regionOption, everyRegionOption});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    std::optional<TeamMember::Role> role = TeamMember::Role::Rep;
    if (parser.isSet(roleOption)) {
        role = roleFromName(parser.value(roleOption).trimmed());
        if (!role || *role == TeamMember::Role::Programme)
            return usageError(QCoreApplication::translate("CommandLine", "--role takes rep or manager, not %1.").arg(parser.value(roleOption)));
    }
    QStringList regions;
    for (const QString &region : parser.values(regionOption))
        regions.append(region.trimmed());
    for (const QString &region : regions) {
        if (region.trimmed().isEmpty())
            return usageError(QCoreApplication::translate("CommandLine", "--region needs a region, such as KR."));
    }
    const bool hasRegions = !regions.isEmpty();
    const bool everyRegion = parser.isSet(everyRegionOption);
    if (everyRegion && (what != QLatin1String("grant") || hasRegions))
        return usageError(QCoreApplication::translate("CommandLine", "--every-region goes with user grant alone, without --region."));
    if (what == QLatin1String("list")) {
        if (words.size() != 1 || parser.isSet(partnerOption) || parser.isSet(roleOption) || parser.isSet(programmeOption) || hasRegions)
            return usageError(QCoreApplication::translate("CommandLine", "user list takes no arguments."));
    } else if (what == QLatin1String("add")) {
        if (words.size() != 2 || parser.isSet(partnerOption) == parser.isSet(programmeOption)
            || (parser.isSet(programmeOption) && (parser.isSet(roleOption) || hasRegions)))
            return usageError(QCoreApplication::translate("CommandLine", "user add needs a name and either --partner ID [--role rep|manager] [--region R]... or --programme."));
    } else if (what == QLatin1String("grant")) {
        if (words.size() != 2 || !(parser.isSet(roleOption) || hasRegions || everyRegion) || parser.isSet(partnerOption) || parser.isSet(programmeOption))
            return usageError(QCoreApplication::translate("CommandLine", "user grant needs a name and --role rep|manager, --region R (or --every-region), or both."));
    } else if (what == QLatin1String("revoke")) {
        if (words.size() != 2 || !hasRegions || parser.isSet(partnerOption) || parser.isSet(roleOption) || parser.isSet(programmeOption))
            return usageError(QCoreApplication::translate("CommandLine", "user revoke needs a name and --region R."));
    } else {
        return usageError(QCoreApplication::translate("CommandLine", "user needs add, grant, revoke or list."));
    }
    if (!store())
        return Failure;
    TeamAccounts accounts(*m_database);
    if (what == QLatin1String("list")) {
        const std::optional<QList<TeamMember>> members = accounts.members();
        if (!members)
            return fail(Failure, accounts.lastError());
        QJsonArray list;
        for (const TeamMember &member : *members)
            list.append(memberToJson(member));
        printJson(list);
        return Done;
    }
    TeamAccounts::Result result;
    if (what == QLatin1String("add")) {
        const TeamMember member{words.at(1), parser.isSet(programmeOption) ? QString() : parser.value(partnerOption).trimmed(),
                                parser.isSet(programmeOption) ? TeamMember::Role::Programme : *role, regions};
        result = accounts.add(member, qEnvironmentVariable("REFERRAL_DESK_NEW_PASSWORD"));
    } else if (what == QLatin1String("grant")) {
        result = accounts.grant(words.at(1), parser.isSet(roleOption) ? role : std::nullopt, regions, everyRegion);
    } else {
        result = accounts.revoke(words.at(1), regions);
    }
    switch (result.outcome) {
    case TeamAccounts::Outcome::Done:
        printJson(memberToJson(result.member));
        return Done;
    case TeamAccounts::Outcome::UnknownPartner:
    case TeamAccounts::Outcome::UnknownMember:
        return fail(NotFound, result.error);
    case TeamAccounts::Outcome::Invalid:
    case TeamAccounts::Outcome::Exists:
    case TeamAccounts::Outcome::NotPermitted:
        return fail(Refused, result.error);
    case TeamAccounts::Outcome::NotTeamDatabase:
        return usageError(result.error);
    case TeamAccounts::Outcome::Failed:
        break;
    }
    return fail(Failure, result.error);
}

int CommandLine::sweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "sweep takes no arguments."));
    if (!store())
        return Failure;
    const SweepResult result = m_store->sweep(m_clock->now());
    QJsonArray setAside;
    for (const SetAsideRow &row : result.setAside)
        setAside.append(QJsonObject{{QStringLiteral("id"), row.id}, {QStringLiteral("error"), row.error}});
    printJson(QJsonObject{{QStringLiteral("missed"), QJsonArray::fromStringList(result.missed)},
                          {QStringLiteral("expired"), QJsonArray::fromStringList(result.expired)},
                          {QStringLiteral("setAside"), setAside}});
    if (!result.setAside.isEmpty())
        m_err << QCoreApplication::translate("CommandLine", "%n damaged referral(s) could not be archived and were set aside; the others were archived.", nullptr, int(result.setAside.size())) << '\n';
    if (!result.error.isEmpty())
        return fail(Failure, result.error);
    return Done;
}

int CommandLine::demo(const QStringList &arguments)
{
    const QCommandLineOption countOption(QStringLiteral("count"), QCoreApplication::translate("CommandLine", "How many sample referrals to add."),
                                         QStringLiteral("N"), QString::number(kDemoDefaultCount));
    QCommandLineParser parser;
    parser.addOption(countOption);
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "demo takes no arguments besides --count."));
    bool ok = false;
    const int count = parser.value(countOption).trimmed().toInt(&ok);
    if (!ok || count < 1 || count > kDemoMaxCount)
        return usageError(QCoreApplication::translate("CommandLine", "--count must be a whole number from 1 to %1, not \"%2\".")
                              .arg(QString::number(kDemoMaxCount), parser.value(countOption)));

    if (!store())
        return Failure;
    // Progress is for people watching a terminal; scripts and tests read only the JSON.
    const bool showProgress = isatty(STDERR_FILENO);
    const QDateTime now = m_clock->now();
    int duplicates = 0;
    for (int done = 0; done < count;) {
        const int batch = qMin(kDemoBatch, count - done);
        const SampleBatch samples = sampleBatch(batch, now, kDemoSeed, done);
        const InsertResult result = m_store->insert(samples.referrals, now, actor(), InsertMode::AsGiven, samples.stories);
        if (!result.error.isEmpty()) {
            if (showProgress)
                m_err << '\n';
            return fail(Failure, result.error);
        }
        duplicates += int(result.inserted.count(false));
        done += batch;
        if (showProgress)
            m_err << '\r' << QCoreApplication::translate("CommandLine", "Stored %L1 of %L2 sample referrals.").arg(done).arg(count) << Qt::flush;
    }
    if (showProgress)
        m_err << '\n';
    printJson(QJsonObject{{QStringLiteral("generated"), count}, {QStringLiteral("duplicates"), duplicates}});
    return Done;
}

} // namespace rd
