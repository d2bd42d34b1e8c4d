#pragma once

#include "currencyconversion.h"
#include "report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The numbers of one chart as a table, in the UI language: what the dashboard shows beside the
// chart and what the PDF prints under it. `note` says what the numbers leave out or how they
// were converted.
struct ReportTable
{
    QString id; // funnel, outcomes, reasons, responsiveness, byRep, byProfile, pipeline, forecast, estimates
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QString note;
};

// Everything the dashboard needs to say its numbers: the report, the manager's rates (an empty
// target converts nothing) and the business profiles' names by id.
struct ReportContext
{
    Report report;
    ConversionRates rates;
    QHash<QString, QString> profileNames;
};

namespace ReportTables {

// Every table, in the dashboard's order.
QList<ReportTable> all(const ReportContext &context);
ReportTable funnel(const ReportContext &context);
ReportTable outcomes(const ReportContext &context);
ReportTable reasons(const ReportContext &context);
ReportTable responsiveness(const ReportContext &context);
ReportTable byRep(const ReportContext &context);
ReportTable byProfile(const ReportContext &context);
ReportTable pipeline(const ReportContext &context);
ReportTable forecast(const ReportContext &context);
ReportTable estimates(const ReportContext &context);

// "2026. 3. 1. – 2026. 3. 31." in the UI language.
QString periodText(const ReportPeriod &period);
// "61.5%": a share of 0..1 as people read it.
QString percent(double share);
// "4 h", or "–" for a median of nothing.
QString minutes(const std::optional<double> &median);
// The sentence that names the rates a conversion used and what it left in its own currency.
QString conversionNote(const Conversion &conversion);

} // namespace ReportTables

} // namespace rd
