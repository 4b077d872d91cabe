#pragma once

// Shared by the libFuzzer targets: the input as Qt types, and a check that aborts (a finding)
// when a parser breaks its own contract.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace whop::fuzz {

// A deep copy: parsers may rely on the terminating NUL a QByteArray normally has.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at the first newline: "first\nrest" (rest empty when there is none).
inline std::pair<QByteArray, QByteArray> splitLine(const QByteArray &input)
{
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0)
        return {input, {}};
    return {input.left(nl), input.mid(nl + 1)};
}

[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "contract broken: %s\n", what);
    std::abort();
}

} // namespace whop::fuzz

#define WHOP_FUZZ_EXPECT(condition)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            whop::fuzz::broken(#condition);                                                        \
    } while (false)
