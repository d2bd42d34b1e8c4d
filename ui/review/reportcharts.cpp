#include "reportcharts.h"

#include "money.h"
#include "reasons.h"
#include "status.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace rd {

namespace {

struct Bars
{
    QString name;
    QList<qreal> values;
};

// A chart amounts are drawn in whole units of their currency (the table has them exactly).
qreal major(qint64 minorUnits, const QString &currency)
{
    return qreal(minorUnits) / std::pow(10.0, currencyDecimals(currency).value_or(2));
}

QChart *barChart(const QString &title, const QStringList &categories, const QList<Bars> &sets, QAbstractBarSeries *series,
                 Qt::Orientation orientation = Qt::Vertical)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    qreal top = 0;
    for (const Bars &bars : sets) {
        auto *set = new QBarSet(bars.name);
        for (qreal value : bars.values)
            *set << value;
        series->append(set);
        for (qreal value : bars.values)
            top = qMax(top, value);
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories.isEmpty() ? QStringList{QCoreApplication::translate("ReportCharts", "nothing in the period")} : categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top <= 0 ? 1 : top * 1.1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    const bool vertical = orientation == Qt::Vertical;
    chart->addAxis(categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(sets.size() > 1);
    return chart;
}

QChart *funnel(const ReportContext &context, const QString &title)
{
    const Funnel &now = context.report.current.funnel;
    const Funnel &before = context.report.previous.funnel;
    return barChart(title, {QCoreApplication::translate("ReportCharts", "Received"), QCoreApplication::translate("ReportCharts", "Interested"), QCoreApplication::translate("ReportCharts", "Accepted"), QCoreApplication::translate("ReportCharts", "Won")},
                    {{QCoreApplication::translate("ReportCharts", "This period"), {qreal(now.received), qreal(now.interested), qreal(now.accepted), qreal(now.won)}},
                     {QCoreApplication::translate("ReportCharts", "Previous period"), {qreal(before.received), qreal(before.interested), qreal(before.accepted), qreal(before.won)}}},
                    new QBarSeries);
}

QChart *outcomes(const ReportContext &context, const QString &title)
{
    QMap<QString, QMap<Status, int>> months;
    for (const OutcomeMonth &month : context.report.current.outcomesByMonth)
        months[month.month][month.outcome] += month.count;
    QList<Bars> sets;
    for (Status status : reportOutcomes()) {
        Bars bars{statusTitle(status), {}};
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            bars.values.append(it.value().value(status));
        sets.append(bars);
    }
    return barChart(title, months.keys(), sets, new QStackedBarSeries);
}

QChart *reasons(const ReportContext &context, const QString &title)
{
    QStringList categories;
    QList<qreal> now;
    for (const ReasonCount &reason : context.report.current.reasons) {
        categories.append(QStringLiteral("%1: %2").arg(statusTitle(reason.outcome), reason.preset ? Reasons::title(reason.reason) : reason.reason));
        now.append(reason.count);
    }
    return barChart(title, categories, {{QCoreApplication::translate("ReportCharts", "This period"), now}}, new QHorizontalBarSeries, Qt::Horizontal);
}

QChart *responsiveness(const ReportContext &context, const QString &title)
{
    const Responsiveness &now = context.report.current.responsiveness;
    const Responsiveness &before = context.report.previous.responsiveness;
    QChart *chart = barChart(title, {QCoreApplication::translate("ReportCharts", "Within 24 hours (%)"), QCoreApplication::translate("ReportCharts", "Missed (%)"), QCoreApplication::translate("ReportCharts", "Expired (%)")},
                             {{QCoreApplication::translate("ReportCharts", "This period"), {now.withinTargetShare() * 100, now.missedShare() * 100, now.expiredShare() * 100}},
                              {QCoreApplication::translate("ReportCharts", "Previous period"), {before.withinTargetShare() * 100, before.missedShare() * 100, before.expiredShare() * 100}}},
                             new QBarSeries);
    return chart;
}

QChart *answerTimes(const QList<AnswerTimes> &times, const QString &title, const QHash<QString, QString> &names)
{
    QStringList categories;
    QList<qreal> hours;
    for (const AnswerTimes &entry : times) {
        categories.append(names.value(entry.who, entry.who));
        hours.append(entry.medianMinutes.value_or(0) / 60.0);
    }
    return barChart(title, categories, {{QCoreApplication::translate("ReportCharts", "Median first answer (hours)"), hours}}, new QBarSeries);
}

// Amounts by label, each in its own currency, or in the target where a rate converts it.
QChart *amounts(const QString &title, const QStringList &labels, const QList<CurrencyValue> &values, const ReportContext &context)
{
    QStringList categories;
    QList<qreal> drawn;
    const bool converting = !context.rates.target.isEmpty();
    for (int i = 0; i < values.size(); ++i) {
        const Conversion one = converting ? convert({values.at(i)}, context.rates) : Conversion{};
        if (one.convertedAny) {
            categories.append(QStringLiteral("%1 (%2 → %3)").arg(labels.at(i), values.at(i).currency, context.rates.target));
            drawn.append(major(one.minorUnits, context.rates.target));
        } else {
            categories.append(QStringLiteral("%1 (%2)").arg(labels.at(i), values.at(i).currency));
            drawn.append(major(values.at(i).minorUnits, values.at(i).currency));
        }
    }
    return barChart(title, categories, {{QCoreApplication::translate("ReportCharts", "Value"), drawn}}, new QBarSeries);
}

QChart *estimates(const ReportContext &context, const QString &title)
{
    QStringList categories;
    QList<qreal> estimated;
    QList<qreal> final;
    for (const EstimateAccuracy &accuracy : context.report.current.estimates) {
        categories.append(accuracy.currency);
        estimated.append(major(accuracy.estimatedMinorUnits, accuracy.currency));
        final.append(major(accuracy.finalMinorUnits, accuracy.currency));
    }
    return barChart(title, categories, {{QCoreApplication::translate("ReportCharts", "Estimated"), estimated}, {QCoreApplication::translate("ReportCharts", "Final"), final}}, new QBarSeries);
}

} // namespace

namespace ReportCharts {

QChart *make(const QString &tableId, const ReportContext &context)
{
    // The chart's title is its table's, so that both say the same in every language.
    QString title;
    for (const ReportTable &table : ReportTables::all(context)) {
        if (table.id == tableId)
            title = table.title;
    }
    if (tableId == QLatin1String("funnel"))
        return funnel(context, title);
    if (tableId == QLatin1String("outcomes"))
        return outcomes(context, title);
    if (tableId == QLatin1String("reasons"))
        return reasons(context, title);
    if (tableId == QLatin1String("responsiveness"))
        return responsiveness(context, title);
    if (tableId == QLatin1String("byRep"))
        return answerTimes(context.report.current.responsiveness.byRep, title, {});
    if (tableId == QLatin1String("byProfile"))
        return answerTimes(context.report.current.responsiveness.byProfile, title, context.profileNames);
    if (tableId == QLatin1String("pipeline")) {
        QStringList labels;
        QList<CurrencyValue> values;
        for (const StageValue &stage : context.report.current.pipeline) {
            labels.append(statusTitle(stage.stage));
            values.append(CurrencyValue{stage.currency, stage.minorUnits});
        }
        return amounts(title, labels, values, context);
    }
    if (tableId == QLatin1String("forecast")) {
        QStringList labels;
        QList<CurrencyValue> values;
        for (const MonthValue &month : context.report.current.forecast) {
            labels.append(month.month);
            values.append(CurrencyValue{month.currency, month.minorUnits});
        }
        return amounts(title, labels, values, context);
    }
    return estimates(context, title);
}

} // namespace ReportCharts

} // namespace rd
