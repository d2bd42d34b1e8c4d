#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>

namespace rd::bench {

// How long one operation took over several runs: the median says what a person usually waits,
// the worst what they wait at most.
struct Timing
{
    double medianMs = 0;
    double worstMs = 0;
};

inline Timing summarise(QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    const qsizetype n = runs.size();
    const double median = n % 2 ? runs.at(n / 2) : (runs.at(n / 2 - 1) + runs.at(n / 2)) / 2;
    return {median, runs.constLast()};
}

inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Ours and the raw run take turns, so that neither finds the caches warmed by the other only.
// `prepare` runs untimed before each of the two (a fresh copy of the database, say).
inline std::pair<Timing, Timing> sideBySide(int runs, const std::function<void()> &ours, const std::function<void()> &raw,
                                            const std::function<void()> &prepare = {})
{
    QList<double> oursMs;
    QList<double> rawMs;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        oursMs.append(timeMs(ours));
        if (prepare)
            prepare();
        rawMs.append(timeMs(raw));
    }
    return {summarise(oursMs), summarise(rawMs)};
}

} // namespace rd::bench
