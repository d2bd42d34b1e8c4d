#include "reportcsv.h"

#include "csvwriter.h"
#include "money.h"

#include <QLocale>

namespace rd {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString minutes(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QString decimal(qint64 minorUnits, const QString &currency)
{
    return moneyToDecimalString(Money{minorUnits, currency});
}

class ReportRows
{
public:
    ReportRows(CsvWriter &csv, const QString &period)
        : m_csv(csv)
        , m_period(period)
    {
    }

    void count(const QString &section, const QString &item, const QString &detail, int value)
    {
        m_csv.writeRecord({m_period, section, item, detail, QString(), QString::number(value), QString()});
    }
    void value(const QString &section, const QString &item, const QString &detail, const QString &amount)
    {
        m_csv.writeRecord({m_period, section, item, detail, QString(), QString(), amount});
    }
    void money(const QString &section, const QString &item, const QString &currency, const std::optional<int> &count,
               qint64 minorUnits)
    {
        m_csv.writeRecord({m_period, section, item, QString(), currency, count ? QString::number(*count) : QString(),
                           decimal(minorUnits, currency)});
    }

private:
    CsvWriter &m_csv;
    QString m_period;
};

void writePeriod(const PeriodReport &report, const QString &name, CsvWriter &csv)
{
    ReportRows rows(csv, name);
    rows.value(QStringLiteral("period"), QStringLiteral("from"), {}, report.period.from.toString(Qt::ISODate));
    rows.value(QStringLiteral("period"), QStringLiteral("to"), {}, report.period.to.toString(Qt::ISODate));
    const Funnel &funnel = report.funnel;
    rows.count(QStringLiteral("funnel"), QStringLiteral("received"), {}, funnel.received);
    rows.count(QStringLiteral("funnel"), QStringLiteral("interested"), {}, funnel.interested);
    rows.count(QStringLiteral("funnel"), QStringLiteral("accepted"), {}, funnel.accepted);
    rows.count(QStringLiteral("funnel"), QStringLiteral("won"), {}, funnel.won);
    for (Status status : reportOutcomes())
        rows.count(QStringLiteral("outcomes"), statusName(status), {}, report.outcome(status));
    for (const ReasonCount &reason : report.reasons)
        rows.count(QStringLiteral("reasons"), statusName(reason.outcome), reason.reason, reason.count);

    const Responsiveness &numbers = report.responsiveness;
    const QString responsiveness = QStringLiteral("responsiveness");
    rows.count(responsiveness, QStringLiteral("answered"), {}, numbers.answered);
    rows.value(responsiveness, QStringLiteral("medianFirstResponseMinutes"), {}, minutes(numbers.medianMinutes));
    rows.value(responsiveness, QStringLiteral("within24hShare"), {}, number(numbers.withinTargetShare()));
    rows.value(responsiveness, QStringLiteral("missedShare"), {}, number(numbers.missedShare()));
    rows.value(responsiveness, QStringLiteral("expiredShare"), {}, number(numbers.expiredShare()));
    const QString byRep = QStringLiteral("responsiveness.byRep");
    for (const AnswerTimes &rep : numbers.byRep) {
        rows.count(byRep, rep.who, QStringLiteral("answered"), rep.answered);
        rows.value(byRep, rep.who, QStringLiteral("medianFirstResponseMinutes"), minutes(rep.medianMinutes));
        rows.value(byRep, rep.who, QStringLiteral("within24hShare"), number(rep.withinTargetShare()));
    }
    for (const StageValue &stage : report.pipeline)
        rows.money(QStringLiteral("pipeline"), statusName(stage.stage), stage.currency, stage.count, stage.minorUnits);
    for (const MonthValue &month : report.forecast)
        rows.money(QStringLiteral("forecast"), month.month, month.currency, month.count, month.minorUnits);
    for (const CurrencyValue &won : report.wonValue)
        rows.money(QStringLiteral("wonValue"), QString(), won.currency, std::nullopt, won.minorUnits);
}

} // namespace

bool writeReportCsv(const Report &report, CsvWriter &csv)
{
    csv.writeRecord({QStringLiteral("period"), QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("detail"),
                     QStringLiteral("currency"), QStringLiteral("count"), QStringLiteral("value")});
    writePeriod(report.current, QStringLiteral("current"), csv);
    writePeriod(report.previous, QStringLiteral("previous"), csv);
    return csv.ok();
}

} // namespace rd
