#pragma once

#include "status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rd {

// A report's period: whole days in the reader's time zone, both inclusive.
struct ReportPeriod
{
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::systemTimeZone();

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    // The first instant of `from` and the first instant after `to`: [start, end).
    QDateTime start() const;
    QDateTime end() const;
    // The period of the same length that ends the day before this one starts.
    ReportPeriod previous() const;
};

// Referrals received in the period and how far they went. Each stage counts those that passed
// it, whatever happened after: a declined referral was interested, a lost one was accepted.
struct Funnel
{
    int received = 0;
    int interested = 0;
    int accepted = 0;
    int won = 0;
};

// One preset reason (by its code, whatever language it was given in) or one typed reason.
struct ReasonCount
{
    Status outcome = Status::Declined;
    QString reason; // the preset's code, or the words as typed (trimmed)
    bool preset = false;
    int count = 0;
};

struct OutcomeMonth
{
    QString month; // YYYY-MM in the period's time zone
    Status outcome = Status::Won;
    int count = 0;
};

// How fast referrals that arrived New were first answered ("I'm interested" or "No thanks").
struct AnswerTimes
{
    QString who; // a rep (the actor of the answer) or a business profile id
    int answered = 0;
    std::optional<double> medianMinutes; // none when nothing was answered
    int withinTarget = 0;                // answered before the 24-hour target
    double withinTargetShare() const { return answered == 0 ? 0.0 : double(withinTarget) / answered; }
};

struct Responsiveness
{
    int considered = 0;      // received in the period, arrived New
    int alreadyAnswered = 0; // received in the period but arrived in a later status: left out
    int answered = 0;
    std::optional<double> medianMinutes;
    int withinTarget = 0;
    int missed = 0;
    int expired = 0;
    QList<AnswerTimes> byRep;     // by name
    QList<AnswerTimes> byProfile; // by profile id; referrals routed to none are left out

    // Shares of the referrals considered (0 when there are none).
    double withinTargetShare() const { return share(withinTarget); }
    double missedShare() const { return share(missed); }
    double expiredShare() const { return share(expired); }

private:
    double share(int part) const { return considered == 0 ? 0.0 : double(part) / considered; }
};

// Open value: a negotiating deal by its estimate, a new or evaluating referral by the value the
// customer hinted at. Referrals without a value are counted apart (withoutValue).
struct StageValue
{
    Status stage = Status::Negotiating;
    QString currency;
    int count = 0;
    qint64 minorUnits = 0;
};

struct MonthValue
{
    QString month; // YYYY-MM of the estimated closing date
    QString currency;
    int count = 0;
    qint64 minorUnits = 0;
};

struct CurrencyValue
{
    QString currency;
    qint64 minorUnits = 0;
};

// Won deals of the period in one currency beside what was estimated for them: the last
// estimate in the same currency (deals without one are left out) and how the closing date
// slipped (days from the estimated closing date to the day it was won, in the period's zone).
struct EstimateAccuracy
{
    QString currency;
    int deals = 0;
    qint64 estimatedMinorUnits = 0;
    qint64 finalMinorUnits = 0;
    int closedLate = 0;  // won after the estimated closing date
    int closedEarly = 0; // won before it
    std::optional<double> medianSlipDays;
};

// Everything the dashboard shows for one period. Open referrals (pipeline, forecast) are those
// received in the period that are open now.
struct PeriodReport
{
    ReportPeriod period;
    Funnel funnel;
    QMap<Status, int> outcomes; // the six archived statuses, closed in the period
    QList<OutcomeMonth> outcomesByMonth;
    QList<ReasonCount> reasons; // decline, skip and lost; by outcome, then most frequent
    Responsiveness responsiveness;
    QList<StageValue> pipeline;
    int openWithoutValue = 0;
    QList<MonthValue> forecast;
    QList<CurrencyValue> wonValue;
    QList<EstimateAccuracy> estimates;

    int outcome(Status status) const { return outcomes.value(status); }
};

struct Report
{
    PeriodReport current;
    PeriodReport previous;
    QString partnerId; // empty: every referral in the database
};

// The statuses `outcomes` counts, in the order reports list them.
QList<Status> reportOutcomes();
// The statuses whose reasons are counted.
QList<Status> reasonOutcomes();
// The open stages of the pipeline, in order.
QList<Status> pipelineStages();

} // namespace rd
