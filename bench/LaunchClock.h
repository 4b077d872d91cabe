#pragma once

// The launch benchmark's clock: milliseconds since this process was launched, so that exec,
// dynamic loading and static initialisation count.
//
// launch.py puts CLOCK_MONOTONIC (in ns) into WHOP_BENCH_T0_NS just before it starts the
// process; without it, the kernel's start time of the process (/proc/self/stat, field 22, in
// clock ticks since boot, so only 1/CLK_TCK s precise) is used.

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace whop::bench {

inline double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Which origin msSinceLaunch() measures from: "env" or "procstat".
inline const char *launchClockSource()
{
    const char *t0 = std::getenv("WHOP_BENCH_T0_NS");
    return t0 && *t0 ? "env" : "procstat";
}

inline double msSinceLaunch()
{
    if (const char *t0 = std::getenv("WHOP_BENCH_T0_NS"); t0 && *t0) {
        char *end = nullptr;
        errno = 0;
        const long long ns = std::strtoll(t0, &end, 10);
        if (errno == 0 && end && *end == '\0' && ns > 0)
            return clockMs(CLOCK_MONOTONIC) - double(ns) / 1e6;
    }
    std::ifstream stat("/proc/self/stat");
    std::string line;
    std::getline(stat, line);
    // Field 2 (the command name) is in parentheses and may hold spaces: count after it.
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream rest(line.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22; ++i) {
        if (!(rest >> field))
            return -1;
    }
    const double startMs = std::stod(field) * 1e3 / double(sysconf(_SC_CLK_TCK));
    return clockMs(CLOCK_BOOTTIME) - startMs;
}

} // namespace whop::bench
