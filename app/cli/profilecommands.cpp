// The programme's directory on the command line: partner add|list, profile set|list|show|export.
#include "commandline.h"

#include "profilejson.h"
#include "profilestore.h"
#include "referralstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

// Profiles are typed by people: a file far larger than this is not a set of profiles.
constexpr qint64 kMaxProfileFileBytes = 16 * 1024 * 1024;

QJsonArray partnersToJson(const QList<PartnerOrganisation> &partners)
{
    QJsonArray array;
    for (const PartnerOrganisation &partner : partners)
        array.append(QJsonObject{{QStringLiteral("id"), partner.id}, {QStringLiteral("name"), partner.name}});
    return array;
}

QJsonArray profilesToJson(const QList<BusinessProfile> &profiles)
{
    QJsonArray array;
    for (const BusinessProfile &profile : profiles)
        array.append(profileToJson(profile));
    return array;
}

} // namespace

int CommandLine::partner(const QStringList &arguments)
{
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("CommandLine", "The partner's name."), QStringLiteral("NAME"));
    QCommandLineParser parser;
    parser.addOption(name);
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    if (what == QLatin1String("list") && words.size() == 1 && !parser.isSet(name)) {
        m_onlyReads = true;
        if (!store())
            return Failure;
        ProfileStore profiles(*m_database);
        const QList<PartnerOrganisation> partners = profiles.partners();
        if (!profiles.lastError().isEmpty())
            return fail(Failure, profiles.lastError());
        printJson(partnersToJson(partners));
        return Done;
    }
    if (what != QLatin1String("add"))
        return usageError(QCoreApplication::translate("CommandLine", "partner needs add ID --name NAME, or list."));
    if (words.size() != 2 || !parser.isSet(name))
        return usageError(QCoreApplication::translate("CommandLine", "partner add needs one partner id and --name NAME."));
    const PartnerOrganisation partner{words.at(1).trimmed(), parser.value(name).trimmed()};
    if (const QStringList problems = problemsIn(partner); !problems.isEmpty())
        return fail(Refused, problems.join(QLatin1Char('\n')));
    if (!store())
        return Failure;
    ProfileStore profiles(*m_database);
    const ProfileChange change = profiles.setPartner(partner);
    if (!change.stored())
        return fail(change.result == ProfileChange::Result::Refused ? Refused : Failure, change.problems.join(QLatin1Char('\n')));
    printJson(QJsonObject{{QStringLiteral("id"), partner.id}, {QStringLiteral("name"), partner.name},
                          {QStringLiteral("created"), change.result == ProfileChange::Result::Created}});
    return Done;
}

int CommandLine::profile(const QStringList &arguments)
{
    const QCommandLineOption partnerOption(QStringLiteral("partner"), QCoreApplication::translate("CommandLine", "Only this partner's profiles."),
                                           QStringLiteral("ID"));
    QCommandLineParser parser;
    parser.addOption(partnerOption);
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    if (what == QLatin1String("set")) {
        if (words.size() != 2 || parser.isSet(partnerOption))
            return usageError(QCoreApplication::translate("CommandLine", "profile set needs one JSON file, or - for standard input."));
        return setProfiles(words.at(1));
    }
    if (what == QLatin1String("show")) {
        if (words.size() != 2 || parser.isSet(partnerOption))
            return usageError(QCoreApplication::translate("CommandLine", "profile show needs exactly one profile id."));
        m_onlyReads = true;
        if (!store())
            return Failure;
        ProfileStore profiles(*m_database);
        const std::optional<BusinessProfile> found = profiles.profile(words.at(1));
        if (!found) {
            if (!profiles.lastError().isEmpty())
                return fail(Failure, profiles.lastError());
            return fail(NotFound, QCoreApplication::translate("CommandLine", "There is no business profile with the id \"%1\".").arg(words.at(1)));
        }
        printJson(profileToJson(*found));
        return Done;
    }
    if ((what == QLatin1String("list") || what == QLatin1String("export")) && words.size() == 1) {
        m_onlyReads = true;
        if (!store())
            return Failure;
        ProfileStore profiles(*m_database);
        const QList<BusinessProfile> found = profiles.profiles(parser.value(partnerOption));
        if (!profiles.lastError().isEmpty())
            return fail(Failure, profiles.lastError());
        printJson(profilesToJson(found));
        return Done;
    }
    return usageError(QCoreApplication::translate("CommandLine", "profile needs set FILE, list, show ID or export."));
}

int CommandLine::setProfiles(const QString &input)
{
    QFile file;
    if (const QString problem = openInput(input, file); !problem.isEmpty())
        return fail(Failure, problem);
    const QByteArray bytes = file.read(kMaxProfileFileBytes + 1);
    if (bytes.size() > kMaxProfileFileBytes) {
        return fail(Refused, QCoreApplication::translate("CommandLine", "%1 is larger than %2 MiB; business profiles fit in far less.")
                                 .arg(inputName(input))
                                 .arg(kMaxProfileFileBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!document.isObject() && !document.isArray())) {
        return fail(Refused, QCoreApplication::translate("CommandLine", "%1 is not a JSON profile or array of profiles (at byte %2: %3).")
                                 .arg(inputName(input))
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    }
    const QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
    QList<BusinessProfile> profiles;
    QStringList problems;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString error;
        const std::optional<BusinessProfile> profile = items.at(i).isObject() ? profileFromJson(items.at(i).toObject(), &error)
                                                                               : std::nullopt;
        if (!profile) {
            problems.append(QCoreApplication::translate("CommandLine", "Profile %1: %2")
                                .arg(i + 1)
                                .arg(error.isEmpty() ? QCoreApplication::translate("CommandLine", "not a JSON object.") : error));
        } else {
            profiles.append(*profile);
        }
    }
    if (!problems.isEmpty())
        return fail(Refused, problems.join(QLatin1Char('\n')));
    if (!store())
        return Failure;
    ProfileStore store(*m_database);
    bool allStored = false;
    const QList<ProfileChange> changes = store.setProfiles(profiles, &allStored);
    int created = 0;
    int replaced = 0;
    bool failed = false;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ProfileChange &change = changes.at(i);
        created += change.result == ProfileChange::Result::Created;
        replaced += change.result == ProfileChange::Result::Replaced;
        failed = failed || change.result == ProfileChange::Result::Failed;
        for (const QString &problem : change.problems)
            problems.append(QCoreApplication::translate("CommandLine", "Profile %1: %2").arg(i + 1).arg(problem));
    }
    if (!allStored)
        return fail(failed ? Failure : Refused, problems.join(QLatin1Char('\n')));
    printJson(QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("replaced"), replaced}});
    return Done;
}

} // namespace rd
