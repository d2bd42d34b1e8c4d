#include "reportjson.h"

#include "money.h"

#include <QJsonArray>

namespace rd {

namespace {

QString decimal(qint64 minorUnits, const QString &currency)
{
    return moneyToDecimalString(Money{minorUnits, currency});
}

QJsonValue minutesOrNull(const std::optional<double> &minutes)
{
    return minutes ? QJsonValue(*minutes) : QJsonValue(QJsonValue::Null);
}

QJsonObject responsivenessToJson(const Responsiveness &numbers)
{
    QJsonArray byRep;
    for (const AnswerTimes &rep : numbers.byRep) {
        byRep.append(QJsonObject{{QStringLiteral("rep"), rep.who},
                                 {QStringLiteral("answered"), rep.answered},
                                 {QStringLiteral("medianFirstResponseMinutes"), minutesOrNull(rep.medianMinutes)},
                                 {QStringLiteral("within24hShare"), rep.withinTargetShare()}});
    }
    return {{QStringLiteral("answered"), numbers.answered},
            {QStringLiteral("medianFirstResponseMinutes"), minutesOrNull(numbers.medianMinutes)},
            {QStringLiteral("within24hShare"), numbers.withinTargetShare()},
            {QStringLiteral("missedShare"), numbers.missedShare()},
            {QStringLiteral("expiredShare"), numbers.expiredShare()},
            {QStringLiteral("byRep"), byRep}};
}

QJsonObject periodToJson(const PeriodReport &report)
{
    QJsonObject outcomes;
    for (Status status : reportOutcomes())
        outcomes.insert(statusName(status), report.outcome(status));
    QJsonArray reasons;
    for (const ReasonCount &reason : report.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("outcome"), statusName(reason.outcome)},
                                   {QStringLiteral("reason"), reason.reason},
                                   {QStringLiteral("count"), reason.count}});
    }
    QJsonArray pipeline;
    for (const StageValue &stage : report.pipeline) {
        pipeline.append(QJsonObject{{QStringLiteral("stage"), statusName(stage.stage)},
                                    {QStringLiteral("currency"), stage.currency},
                                    {QStringLiteral("count"), stage.count},
                                    {QStringLiteral("value"), decimal(stage.minorUnits, stage.currency)}});
    }
    QJsonArray forecast;
    for (const MonthValue &month : report.forecast) {
        forecast.append(QJsonObject{{QStringLiteral("month"), month.month},
                                    {QStringLiteral("currency"), month.currency},
                                    {QStringLiteral("count"), month.count},
                                    {QStringLiteral("value"), decimal(month.minorUnits, month.currency)}});
    }
    QJsonArray won;
    for (const CurrencyValue &value : report.wonValue) {
        won.append(QJsonObject{{QStringLiteral("currency"), value.currency},
                               {QStringLiteral("value"), decimal(value.minorUnits, value.currency)}});
    }
    const Funnel &funnel = report.funnel;
    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)}}},
        {QStringLiteral("funnel"), QJsonObject{{QStringLiteral("received"), funnel.received},
                                               {QStringLiteral("interested"), funnel.interested},
                                               {QStringLiteral("accepted"), funnel.accepted},
                                               {QStringLiteral("won"), funnel.won}}},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("responsiveness"), responsivenessToJson(report.responsiveness)},
        {QStringLiteral("pipeline"), pipeline},
        {QStringLiteral("forecast"), forecast},
        {QStringLiteral("wonValue"), won},
    };
}

} // namespace

QJsonObject reportToJson(const Report &report)
{
    QJsonObject json = periodToJson(report.current);
    json.insert(QStringLiteral("previous"), periodToJson(report.previous));
    return json;
}

} // namespace rd
