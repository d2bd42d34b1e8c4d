// The manager's review on the command line: report and export.
#include "commandline.h"

#include "clock.h"
#include "csvwriter.h"
#include "profilestore.h"
#include "referralexport.h"
#include "referralreport.h"
#include "reportcsv.h"
#include "reportjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

namespace rd {

namespace {

// A whole day as YYYY-MM-DD, nothing else.
std::optional<QDate> dayFrom(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

QString badDay(const QString &option, const QString &value)
{
    return QCoreApplication::translate("CommandLine", "--%1 needs a date such as 2026-03-31, not \"%2\".").arg(option, value);
}

} // namespace

int CommandLine::reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("CommandLine", "The first day of the period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("CommandLine", "The last day of the period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("partner"), QCoreApplication::translate("CommandLine", "Only this partner organisation's referrals."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("CommandLine", "json (the default) or csv."), QStringLiteral("FORMAT")});
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "report takes options only: --from, --to, --partner and --format."));
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usageError(QCoreApplication::translate("CommandLine", "report needs the period: --from YYYY-MM-DD --to YYYY-MM-DD."));

    ReportScope scope;
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        const std::optional<QDate> day = dayFrom(parser.value(option));
        if (!day)
            return usageError(badDay(option, parser.value(option)));
        (option == QLatin1String("from") ? scope.period.from : scope.period.to) = *day;
    }
    if (scope.period.from > scope.period.to)
        return usageError(QCoreApplication::translate("CommandLine", "The period ends before it starts: --to must be on or after --from."));
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("format")) && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(QCoreApplication::translate("CommandLine", "--format is json or csv, not \"%1\".").arg(parser.value(QStringLiteral("format"))));
    scope.partnerId = parser.value(QStringLiteral("partner")).trimmed();
    if (parser.isSet(QStringLiteral("partner")) && scope.partnerId.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "--partner needs a partner id."));
    scope.now = m_clock->now();

    m_onlyReads = true;
    if (!store())
        return Failure;
    if (!scope.partnerId.isEmpty()) {
        ProfileStore profiles(*m_database);
        if (!profiles.partner(scope.partnerId)) {
            if (!profiles.lastError().isEmpty())
                return fail(Failure, profiles.lastError());
            return fail(NotFound, QCoreApplication::translate("CommandLine", "There is no partner with the id \"%1\".").arg(scope.partnerId));
        }
    }
    ReportBuilder builder(*m_database);
    const std::optional<Report> report = builder.build(scope);
    if (!report)
        return fail(Failure, builder.lastError());
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(Failure, out.errorString());
        m_out.flush();
        CsvWriter csv(out);
        if (!writeReportCsv(*report, csv))
            return fail(Failure, out.errorString());
        out.flush();
        return Done;
    }
    printJson(reportToJson(*report));
    return Done;
}

int CommandLine::exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), QCoreApplication::translate("CommandLine", "Only these statuses."), QStringLiteral("S[,S...]")});
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("CommandLine", "Closed on or after this day."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("CommandLine", "Closed on or before this day."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("CommandLine", "csv or xlsx."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), QCoreApplication::translate("CommandLine", "The file to write."), QStringLiteral("FILE")});
    parser.addOption(searchOption());
    QString error;
    if (!parseCommand(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "export takes options only: --status, --from, --to, --search, --format and --output."));

    ReferralQuery query;
    if (parser.isSet(QStringLiteral("status"))) {
        if (const QString problem = parseStatuses(parser.value(QStringLiteral("status")), &query.statuses); !problem.isEmpty())
            return usageError(problem);
    }
    // Whole days in the reader's time zone, both inclusive: from the first instant of --from to
    // the last of --to.
    QDate from;
    QDate to;
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<QDate> day = dayFrom(parser.value(option));
        if (!day)
            return usageError(badDay(option, parser.value(option)));
        (option == QLatin1String("from") ? from : to) = *day;
    }
    if (from.isValid() && to.isValid() && from > to)
        return usageError(QCoreApplication::translate("CommandLine", "The period ends before it starts: --to must be on or after --from."));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (from.isValid())
        query.closedFrom = QDateTime(from, QTime(0, 0), zone).toUTC();
    if (to.isValid())
        query.closedUntil = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC().addMSecs(-1);

    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(QCoreApplication::translate("CommandLine", "export needs --format csv or --format xlsx."));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usageError(QCoreApplication::translate("CommandLine", "--format is csv or xlsx, not \"%1\".").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (!parser.isSet(QStringLiteral("output")) || output.trimmed().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "export needs --output FILE."));
    query.search = parser.value(QStringLiteral("search"));
    std::tie(query.sort, query.order) = listOrder(query.tab);

    m_onlyReads = true;
    if (!store())
        return Failure;
    const ExportResult result = exportReferrals(*m_store, query, format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Xlsx, output);
    if (!result.ok())
        return fail(Failure, result.error);
    printJson(QJsonObject{{QStringLiteral("exported"), result.rows},
                          {QStringLiteral("format"), format},
                          {QStringLiteral("output"), QDir::toNativeSeparators(output)}});
    return Done;
}

} // namespace rd
