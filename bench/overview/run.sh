#!/usr/bin/env bash
# The overview benchmark: load the overview of 120 accounts, apply one field to 50 (see
# bench_overview.cpp). Usage: bench/overview/run.sh [--runs N] (build dir: $WHOP_BENCH_BUILD or
# build/bench, Release, shared with the other benchmarks).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${WHOP_BENCH_BUILD:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWHOP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_overview -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
exec "$build/bench/overview/bench_overview" "$@"
