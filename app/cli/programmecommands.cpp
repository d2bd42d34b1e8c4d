// The programme's customer side on the command line: find-partner and rfi submit.
#include "commandline.h"

#include "clock.h"
#include "jsonrecordstream.h"
#include "partnerfinder.h"
#include "referralstore.h"
#include "rfijson.h"
#include "rfisubmission.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace rd {

namespace {

constexpr int kDefaultPartnerLimit = 20;

// Four decimals: enough to order by, short enough to read, the same on every machine.
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QStringList repeated(const QCommandLineParser &parser, const QString &name, TaxonomyKind kind)
{
    QStringList ids;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                ids.append(Taxonomy::canonicalId(kind, part.trimmed()));
        }
    }
    return ids;
}

} // namespace

int CommandLine::findPartner(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto option = [&parser](const char *name, const char *description, const char *value) {
        parser.addOption({QString::fromLatin1(name), QCoreApplication::translate("CommandLine", description), QString::fromLatin1(value)});
    };
    option("country", QT_TRANSLATE_NOOP("CommandLine", "The customer's country (ISO 3166, such as KR)."), "CC");
    option("size", QT_TRANSLATE_NOOP("CommandLine", "The customer's size (such as 51to500)."), "S");
    option("industry", QT_TRANSLATE_NOOP("CommandLine", "An industry asked for; repeat for more."), "I");
    option("product", QT_TRANSLATE_NOOP("CommandLine", "A product asked for; repeat for more."), "P");
    option("service", QT_TRANSLATE_NOOP("CommandLine", "A service asked for; repeat for more."), "S");
    option("solution", QT_TRANSLATE_NOOP("CommandLine", "A solution asked for; repeat for more."), "S");
    option("keywords", QT_TRANSLATE_NOOP("CommandLine", "Free words, Korean or English."), "TEXT");
    option("limit", QT_TRANSLATE_NOOP("CommandLine", "At most this many results (20 unless given)."), "N");
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "find-partner takes options only, such as --country KR."));

    PartnerSearch search;
    search.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!parser.isSet(QStringLiteral("country")))
        return usageError(QCoreApplication::translate("CommandLine", "find-partner needs the customer's country: --country CC, such as --country KR."));
    if (!twoLetters.match(search.country).hasMatch() || QLocale::codeToTerritory(search.country) == QLocale::AnyTerritory) {
        return usageError(QCoreApplication::translate("CommandLine", "find-partner needs --country with a two-letter ISO 3166 code such as KR, not \"%1\".")
                              .arg(parser.value(QStringLiteral("country"))));
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const std::optional<TaxonomyEntry> size = Taxonomy::find(TaxonomyKind::CustomerSize, parser.value(QStringLiteral("size")).trimmed());
        if (!size) {
            return usageError(QCoreApplication::translate("CommandLine", "\"%1\" is not a customer size; Partner Center uses sizes such as 1to50, 51to500 and Morethan500.")
                                  .arg(parser.value(QStringLiteral("size"))));
        }
        search.size = size->id;
    }
    search.industries = repeated(parser, QStringLiteral("industry"), TaxonomyKind::Industry);
    search.products = repeated(parser, QStringLiteral("product"), TaxonomyKind::Product);
    search.services = repeated(parser, QStringLiteral("service"), TaxonomyKind::Service);
    search.solutions = repeated(parser, QStringLiteral("solution"), TaxonomyKind::Solution);
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    search.keywords = parser.value(QStringLiteral("keywords")).split(separators, Qt::SkipEmptyParts);
    int limit = kDefaultPartnerLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(QCoreApplication::translate("CommandLine", "--limit needs a whole number of at least 1."));
    }

    m_onlyReads = true;
    if (!store())
        return Failure;
    PartnerFinder finder(*m_database);
    const QList<FoundPartner> found = finder.find(search, m_clock->now(), limit);
    if (!finder.lastError().isEmpty())
        return fail(Failure, finder.lastError());
    QJsonArray results;
    for (const FoundPartner &partner : found) {
        results.append(QJsonObject{{QStringLiteral("profile"), partner.profile.id},
                                   {QStringLiteral("partner"), partner.profile.partnerId},
                                   {QStringLiteral("score"), rounded(partner.match.score)},
                                   {QStringLiteral("fit"), rounded(partner.match.fit)},
                                   {QStringLiteral("responsiveness"), rounded(partner.match.responsiveness)},
                                   {QStringLiteral("choosiness"), rounded(partner.match.choosiness)},
                                   {QStringLiteral("explanation"), explainMatch(partner.record, partner.match)}});
    }
    printJson(results);
    return Done;
}

int CommandLine::rfi(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    const QStringList words = parser.positionalArguments();
    if (words.value(0) != QLatin1String("submit") || words.size() != 2)
        return usageError(QCoreApplication::translate("CommandLine", "rfi needs submit FILE, or submit - for standard input."));

    QFile file;
    if (const QString problem = openInput(words.at(1), file); !problem.isEmpty())
        return fail(Failure, problem);
    JsonRecordStream stream(file);
    std::optional<ParsedRfi> parsed;
    int records = 0;
    const bool read = stream.read([&](int, const JsonNode &record) {
        if (++records == 1)
            parsed = parseRfi(record, m_clock->now());
        return records == 1;
    });
    if (records > 1)
        return fail(Refused, QCoreApplication::translate("CommandLine", "%1 holds more than one RFI; submit one at a time.").arg(inputName(words.at(1))));
    if (!read || !parsed)
        return fail(Refused, QCoreApplication::translate("CommandLine", "%1 is not a JSON RFI: %2")
                                 .arg(inputName(words.at(1)), stream.error().isEmpty() ? QCoreApplication::translate("CommandLine", "it is empty.") : stream.error()));
    if (!parsed->request)
        return fail(Refused, parsed->error);

    if (!store())
        return Failure;
    const RfiOutcome outcome = submitRfi(*m_database, *m_store, parsed->request->referral, parsed->request->profileIds,
                                         m_clock->now(), actor());
    if (outcome.result != RfiOutcome::Result::Submitted)
        return fail(outcome.result == RfiOutcome::Result::Refused ? Refused : Failure, outcome.message);
    QJsonArray referrals;
    for (const RfiReferral &referral : outcome.referrals) {
        referrals.append(QJsonObject{{QStringLiteral("id"), referral.id},
                                     {QStringLiteral("partner"), referral.partnerId},
                                     {QStringLiteral("profile"), referral.profileId}});
    }
    printJson(QJsonObject{{QStringLiteral("engagementId"), outcome.engagementId}, {QStringLiteral("referrals"), referrals}});
    return Done;
}

} // namespace rd
