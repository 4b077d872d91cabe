#pragma once

// The timing helpers the change journal benchmarks share (bench_journal, bench_history).

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <ctime>

namespace whop::bench {

// The value at fraction `p` (0..1) of the sorted values, the nearest rank.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype at =
        std::clamp<qsizetype>(qsizetype(p * double(values.size() - 1) + 0.5), 0, values.size() - 1);
    return values.at(at);
}

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// This thread's CPU time in ms: on a busy machine the wall time includes waiting for a core.
inline double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace whop::bench
