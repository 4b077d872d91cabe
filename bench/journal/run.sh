#!/usr/bin/env bash
# The change journal benchmark: recording one change, loading 10,000 for display (see
# bench_journal.cpp), and opening History with 10,000 changes (bench_history.cpp, offscreen).
# Usage: bench/journal/run.sh [--runs N] (build dir: $WHOP_BENCH_BUILD or build/bench, Release,
# shared with the other benchmarks).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${WHOP_BENCH_BUILD:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWHOP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_journal bench_history -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
"$build/bench/journal/bench_journal" "$@"
QT_QPA_PLATFORM=offscreen exec "$build/bench/journal/bench_history" "$@"
