#include "reporttables.h"

#include "displaytext.h"
#include "reasons.h"
#include "status.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <algorithm>
#include <functional>

namespace rd {

namespace {

QString count(int value)
{
    return QLocale().toString(value);
}

QString money(qint64 minorUnits, const QString &currency)
{
    return DisplayText::money(Money{minorUnits, currency});
}

// The share of a stage in the one before it; "–" when there was nothing before.
QString rate(int part, int whole)
{
    return whole == 0 ? QStringLiteral("–") : ReportTables::percent(double(part) / whole);
}

const AnswerTimes *timesOf(const QList<AnswerTimes> &list, const QString &who)
{
    for (const AnswerTimes &times : list) {
        if (times.who == who)
            return &times;
    }
    return nullptr;
}

// The converted column of one amount: its value in the target, or why it has none.
QString convertedCell(const ReportContext &context, const QString &currency, qint64 minorUnits)
{
    const Conversion one = convert({CurrencyValue{currency, minorUnits}}, context.rates);
    return one.convertedAny ? money(one.minorUnits, context.rates.target) : QCoreApplication::translate("ReportTables", "no rate");
}

bool converting(const ReportContext &context)
{
    return !context.rates.target.isEmpty();
}

// Adds "In KRW" to each row of amounts and a total row, and says which rates did it.
void addConversion(ReportTable &table, const ReportContext &context, const QList<CurrencyValue> &amounts)
{
    if (!converting(context))
        return;
    table.headers.append(QCoreApplication::translate("ReportTables", "In %1").arg(context.rates.target));
    for (int i = 0; i < table.rows.size(); ++i)
        table.rows[i].append(convertedCell(context, amounts.at(i).currency, amounts.at(i).minorUnits));
    const Conversion total = convert(amounts, context.rates);
    QStringList totalRow{QCoreApplication::translate("ReportTables", "Total")};
    while (totalRow.size() < table.headers.size() - 1)
        totalRow.append(QString());
    totalRow.append(total.convertedAny ? money(total.minorUnits, context.rates.target) : QStringLiteral("–"));
    table.rows.append(totalRow);
    table.note = ReportTables::conversionNote(total);
}

} // namespace

namespace ReportTables {

QString periodText(const ReportPeriod &period)
{
    return QStringLiteral("%1 – %2").arg(DisplayText::date(period.from), DisplayText::date(period.to));
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString minutes(const std::optional<double> &median)
{
    if (!median)
        return QStringLiteral("–");
    return DisplayText::timeLeft(qint64(*median * 60'000.0));
}

QString conversionNote(const Conversion &conversion)
{
    QStringList parts;
    if (!conversion.used.isEmpty()) {
        QStringList rates;
        for (const ExchangeRate &rate : conversion.used)
            rates.append(QCoreApplication::translate("ReportTables", "1 %1 = %2 %3 (rate of %4)").arg(rate.currency, rate.rate, conversion.target, DisplayText::date(rate.date)));
        parts.append(QCoreApplication::translate("ReportTables", "Converted to %1 at the rates you entered: %2.").arg(conversion.target, rates.join(QStringLiteral("; "))));
    }
    if (!conversion.unconverted.isEmpty()) {
        QStringList left;
        for (const CurrencyValue &value : conversion.unconverted)
            left.append(money(value.minorUnits, value.currency));
        parts.append(QCoreApplication::translate("ReportTables", "Not converted, no rate entered: %1.").arg(left.join(QStringLiteral(", "))));
    }
    return parts.join(QLatin1Char(' '));
}

QList<ReportTable> all(const ReportContext &context)
{
    return {funnel(context), outcomes(context), reasons(context), responsiveness(context), byRep(context),
            byProfile(context), pipeline(context), forecast(context), estimates(context)};
}

ReportTable funnel(const ReportContext &context)
{
    const Funnel &now = context.report.current.funnel;
    const Funnel &before = context.report.previous.funnel;
    ReportTable table{QStringLiteral("funnel"), QCoreApplication::translate("ReportTables", "Funnel"),
                      {QCoreApplication::translate("ReportTables", "Stage"), QCoreApplication::translate("ReportTables", "This period"), QCoreApplication::translate("ReportTables", "Conversion"), QCoreApplication::translate("ReportTables", "Previous period"), QCoreApplication::translate("ReportTables", "Conversion")}, {}, {}};
    table.rows = {
        {QCoreApplication::translate("ReportTables", "Received"), count(now.received), QString(), count(before.received), QString()},
        {QCoreApplication::translate("ReportTables", "Interested"), count(now.interested), rate(now.interested, now.received), count(before.interested), rate(before.interested, before.received)},
        {QCoreApplication::translate("ReportTables", "Accepted"), count(now.accepted), rate(now.accepted, now.interested), count(before.accepted), rate(before.accepted, before.interested)},
        {QCoreApplication::translate("ReportTables", "Won"), count(now.won), rate(now.won, now.accepted), count(before.won), rate(before.won, before.accepted)},
    };
    table.note = QCoreApplication::translate("ReportTables", "Referrals received in the period; each stage counts those that passed it.");
    return table;
}

ReportTable outcomes(const ReportContext &context)
{
    ReportTable table{QStringLiteral("outcomes"), QCoreApplication::translate("ReportTables", "Outcomes by month"), {QCoreApplication::translate("ReportTables", "Month")}, {}, {}};
    const QList<Status> statuses = reportOutcomes();
    for (Status status : statuses)
        table.headers.append(statusTitle(status));
    QMap<QString, QMap<Status, int>> months;
    for (const OutcomeMonth &month : context.report.current.outcomesByMonth)
        months[month.month][month.outcome] += month.count;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        QStringList row{QDate::fromString(it.key(), QStringLiteral("yyyy-MM")).toString(QStringLiteral("yyyy-MM"))};
        for (Status status : statuses)
            row.append(count(it.value().value(status)));
        table.rows.append(row);
    }
    QStringList total{QCoreApplication::translate("ReportTables", "This period")};
    QStringList previous{QCoreApplication::translate("ReportTables", "Previous period")};
    for (Status status : statuses) {
        total.append(count(context.report.current.outcome(status)));
        previous.append(count(context.report.previous.outcome(status)));
    }
    table.rows << total << previous;
    table.note = QCoreApplication::translate("ReportTables", "Referrals archived in the period, by the month they closed.");
    return table;
}

ReportTable reasons(const ReportContext &context)
{
    ReportTable table{QStringLiteral("reasons"), QCoreApplication::translate("ReportTables", "Reasons"), {QCoreApplication::translate("ReportTables", "Outcome"), QCoreApplication::translate("ReportTables", "Reason"), QCoreApplication::translate("ReportTables", "This period"), QCoreApplication::translate("ReportTables", "Previous period")}, {}, {}};
    auto key = [](const ReasonCount &reason) { return std::make_tuple(int(reason.outcome), reason.preset, reason.reason); };
    QList<ReasonCount> listed = context.report.current.reasons;
    for (const ReasonCount &before : context.report.previous.reasons) {
        const bool known = std::any_of(listed.cbegin(), listed.cend(), [&](const ReasonCount &r) { return key(r) == key(before); });
        if (!known)
            listed.append(ReasonCount{before.outcome, before.reason, before.preset, 0});
    }
    auto countIn = [&](const QList<ReasonCount> &list, const ReasonCount &reason) {
        for (const ReasonCount &r : list) {
            if (key(r) == key(reason))
                return r.count;
        }
        return 0;
    };
    for (const ReasonCount &reason : listed) {
        // A preset in the reader's language, whatever language it was given in.
        const QString words = reason.preset ? Reasons::title(reason.reason) : reason.reason;
        table.rows.append({statusTitle(reason.outcome), words, count(countIn(context.report.current.reasons, reason)),
                           count(countIn(context.report.previous.reasons, reason))});
    }
    return table;
}

ReportTable responsiveness(const ReportContext &context)
{
    const Responsiveness &now = context.report.current.responsiveness;
    const Responsiveness &before = context.report.previous.responsiveness;
    ReportTable table{QStringLiteral("responsiveness"), QCoreApplication::translate("ReportTables", "Responsiveness"), {QString(), QCoreApplication::translate("ReportTables", "This period"), QCoreApplication::translate("ReportTables", "Previous period")}, {}, {}};
    table.rows = {
        {QCoreApplication::translate("ReportTables", "Referrals considered"), count(now.considered), count(before.considered)},
        {QCoreApplication::translate("ReportTables", "Answered"), count(now.answered), count(before.answered)},
        {QCoreApplication::translate("ReportTables", "Median first answer"), minutes(now.medianMinutes), minutes(before.medianMinutes)},
        {QCoreApplication::translate("ReportTables", "Answered within 24 hours"), percent(now.withinTargetShare()), percent(before.withinTargetShare())},
        {QCoreApplication::translate("ReportTables", "Missed"), percent(now.missedShare()), percent(before.missedShare())},
        {QCoreApplication::translate("ReportTables", "Expired"), percent(now.expiredShare()), percent(before.expiredShare())},
    };
    const int left = now.alreadyAnswered;
    table.note = QCoreApplication::translate("ReportTables", "%n referral(s) arrived already answered and are left out.", nullptr, left);
    return table;
}

namespace {

ReportTable answerTimes(const QString &id, const QString &title, const QString &whoHeader, const QList<AnswerTimes> &now,
                        const QList<AnswerTimes> &before, const std::function<QString(const QString &)> &name)
{
    ReportTable table{id, title, {whoHeader, QCoreApplication::translate("ReportTables", "Answered"), QCoreApplication::translate("ReportTables", "Median first answer"), QCoreApplication::translate("ReportTables", "Within 24 hours"),
                                  QCoreApplication::translate("ReportTables", "Previous period: median")}, {}, {}};
    for (const AnswerTimes &times : now) {
        const AnswerTimes *earlier = timesOf(before, times.who);
        table.rows.append({name(times.who), count(times.answered), minutes(times.medianMinutes), percent(times.withinTargetShare()),
                           earlier ? minutes(earlier->medianMinutes) : QStringLiteral("–")});
    }
    return table;
}

} // namespace

ReportTable byRep(const ReportContext &context)
{
    return answerTimes(QStringLiteral("byRep"), QCoreApplication::translate("ReportTables", "First answers by rep"), QCoreApplication::translate("ReportTables", "Rep"), context.report.current.responsiveness.byRep,
                       context.report.previous.responsiveness.byRep, [](const QString &who) { return who; });
}

ReportTable byProfile(const ReportContext &context)
{
    return answerTimes(QStringLiteral("byProfile"), QCoreApplication::translate("ReportTables", "First answers by business profile"), QCoreApplication::translate("ReportTables", "Business profile"),
                       context.report.current.responsiveness.byProfile, context.report.previous.responsiveness.byProfile,
                       [&context](const QString &who) { return context.profileNames.value(who, who); });
}

ReportTable pipeline(const ReportContext &context)
{
    ReportTable table{QStringLiteral("pipeline"), QCoreApplication::translate("ReportTables", "Pipeline"), {QCoreApplication::translate("ReportTables", "Stage"), QCoreApplication::translate("ReportTables", "Currency"), QCoreApplication::translate("ReportTables", "Referrals"), QCoreApplication::translate("ReportTables", "Open value")}, {}, {}};
    QList<CurrencyValue> amounts;
    for (const StageValue &stage : context.report.current.pipeline) {
        table.rows.append({statusTitle(stage.stage), stage.currency, count(stage.count), money(stage.minorUnits, stage.currency)});
        amounts.append(CurrencyValue{stage.currency, stage.minorUnits});
    }
    addConversion(table, context, amounts);
    const int without = context.report.current.openWithoutValue;
    if (without > 0) {
        const QString apart = QCoreApplication::translate("ReportTables", "%n open referral(s) without a value are not in the sums.", nullptr, without);
        table.note = table.note.isEmpty() ? apart : table.note + QLatin1Char(' ') + apart;
    }
    return table;
}

ReportTable forecast(const ReportContext &context)
{
    ReportTable table{QStringLiteral("forecast"), QCoreApplication::translate("ReportTables", "Forecast by estimated closing month"),
                      {QCoreApplication::translate("ReportTables", "Month"), QCoreApplication::translate("ReportTables", "Currency"), QCoreApplication::translate("ReportTables", "Deals"), QCoreApplication::translate("ReportTables", "Estimated value")}, {}, {}};
    QList<CurrencyValue> amounts;
    for (const MonthValue &month : context.report.current.forecast) {
        table.rows.append({month.month, month.currency, count(month.count), money(month.minorUnits, month.currency)});
        amounts.append(CurrencyValue{month.currency, month.minorUnits});
    }
    addConversion(table, context, amounts);
    return table;
}

ReportTable estimates(const ReportContext &context)
{
    ReportTable table{QStringLiteral("estimates"), QCoreApplication::translate("ReportTables", "Estimates against outcomes"),
                      {QCoreApplication::translate("ReportTables", "Currency"), QCoreApplication::translate("ReportTables", "Won deals"), QCoreApplication::translate("ReportTables", "Estimated"), QCoreApplication::translate("ReportTables", "Final"), QCoreApplication::translate("ReportTables", "Closed late"), QCoreApplication::translate("ReportTables", "Closed early"),
                       QCoreApplication::translate("ReportTables", "Median slip (days)")}, {}, {}};
    for (const EstimateAccuracy &accuracy : context.report.current.estimates) {
        table.rows.append({accuracy.currency, count(accuracy.deals), money(accuracy.estimatedMinorUnits, accuracy.currency),
                           money(accuracy.finalMinorUnits, accuracy.currency), count(accuracy.closedLate), count(accuracy.closedEarly),
                           accuracy.medianSlipDays ? QLocale().toString(*accuracy.medianSlipDays, 'f', 1) : QStringLiteral("–")});
    }
    table.note = QCoreApplication::translate("ReportTables", "Deals won in the period against their last estimate; a negative slip closed before the estimated date.");
    return table;
}

} // namespace ReportTables

} // namespace rd
