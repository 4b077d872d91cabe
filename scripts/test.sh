#!/usr/bin/env bash
# The README's test command: installs what is missing (Debian packages; the npm packages of the
# SDK peer test, tests/sdk), builds with warnings as errors, runs every test (unit, integration,
# widget, keychain, contract, sdk, packaging) through CTest, and also:
#   - the whole suite once more under AddressSanitizer + UndefinedBehaviorSanitizer +
#     LeakSanitizer (the asan preset, clang, build/asan; packaging_checks excepted: it packages the
#     ci build),
#   - a short fuzz run of every parser of outside data (scripts/fuzz.sh, 15 s per target; the
#     fuzzers are built with the asan preset). WHOP_FUZZ_SECONDS changes the time per target.
# Two cores do four things at once where that costs nothing: the ci suite (mostly waiting for
# timeouts, loopback answers and the AT-SPI audit) runs while the asan preset compiles, and the
# fuzzers run while the sanitized suite does. What only fills idle time (the asan build beside the
# ci suite, the fuzzers) runs at the lowest CPU priority, so the tests get a core when they need
# one. Each background part writes a log under build/test-logs/; the logs are printed in full at
# the end, the ci suite's last, so its CTest summary is the end of the output. The time of each
# part is printed before it. Builds go through ccache (installed by scripts/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

logs=build/test-logs
# ccache's hits and misses of this run (its counters are shared with every other build).
ccache_counts() {
    ccache --print-stats 2>/dev/null |
        awk -F'\t' '$1=="direct_cache_hit"||$1=="preprocessed_cache_hit"{h+=$2} $1=="cache_miss"{m=$2} END{print h+0, m+0}'
}
# timed <name> <command...>: runs the command, and notes in $logs/times when it started and how
# long it took (a file: some parts run in the background, in a subshell of their own).
timed() {
    local name=$1 start=$SECONDS status=0
    shift
    "$@" || status=$?
    printf '%6d   %-52s %4d s  (from %4d s)\n' "$start" "$name" $((SECONDS - start)) "$start" \
        >>"$logs/times"
    return "$status"
}
# Whatever still runs in the background when this command stops (a failed build) stops with it.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

rm -rf "$logs"
mkdir -p "$logs"
echo "== Dependencies (scripts/deps.sh test)"
timed "Dependencies (scripts/deps.sh test)" bash scripts/deps.sh test
echo "== SDK test packages (scripts/sdk-packages.sh: npm ci)"
timed "SDK test packages (npm ci)" bash scripts/sdk-packages.sh
read -r hits0 misses0 < <(ccache_counts)
jobs=$(nproc 2>/dev/null || echo 2)

echo "== Build (ci preset)"
cmake --preset ci >/dev/null
timed "Build (ci preset)" cmake --build --preset ci -j "$jobs"

# Tests get their own D-Bus session and an unlocked throw-away keyring (a real Secret Service).
# Three tests per core: most of a test's time is waiting (for timeouts, retries, a loopback
# answer), not computing; measured on two cores, the ci suite took 147 s with two at a time and
# 55 s with six. WHOP_TEST_JOBS changes it.
test_jobs=${WHOP_TEST_JOBS:-$((jobs * 3))}
run_suite() { dbus-run-session -- bash scripts/with-keyring.sh ctest --preset "$1" -j "$test_jobs"; }

echo "== The suite (ci preset) in the background; its output is printed at the end"
timed "The suite (ci preset, beside the asan build)" run_suite ci >"$logs/ci-suite.log" 2>&1 &
ci_suite=$!

echo "== Build (asan preset, clang), at the lowest CPU priority"
cmake --preset asan >/dev/null
timed "Build (asan preset, clang)" nice -n 19 cmake --build --preset asan -j "$jobs"

echo "== Fuzzing (scripts/fuzz.sh ${WHOP_FUZZ_SECONDS:-15}) in the background, lowest CPU priority"
timed "Fuzzing (${WHOP_FUZZ_SECONDS:-15} s per target, beside the asan suite)" \
    env WHOP_FUZZ_BUILT=1 WHOP_FUZZ_JOBS=$((jobs + jobs / 2)) \
    nice -n 19 bash scripts/fuzz.sh "${WHOP_FUZZ_SECONDS:-15}" >"$logs/fuzz.log" 2>&1 &
fuzzing=$!
echo "== The suite under ASan + UBSan + LSan"
asan_status=0
timed "The suite under ASan + UBSan + LSan" run_suite asan >"$logs/asan-suite.log" 2>&1 ||
    asan_status=$?
fuzz_status=0 ci_status=0
wait "$fuzzing" || fuzz_status=$?
wait "$ci_suite" || ci_status=$?

read -r hits1 misses1 < <(ccache_counts)
echo "== The suite under ASan + UBSan + LSan ($logs/asan-suite.log)"
cat "$logs/asan-suite.log"
echo "== Fuzzing ($logs/fuzz.log)"
cat "$logs/fuzz.log"
printf '== Time per part, from the start of this command (ccache: %d hits, %d misses)\n' \
    $((hits1 - hits0)) $((misses1 - misses0))
sort -n "$logs/times" | cut -c7-
printf '   %-52s %4d s\n' "total" "$SECONDS"
[ "$asan_status" -eq 0 ] || echo "The suite under the sanitizers failed (above)." >&2
[ "$fuzz_status" -eq 0 ] || echo "Fuzzing found something or failed (above)." >&2
echo "== The suite (ci preset; packaging_checks packages this build) ($logs/ci-suite.log)"
cat "$logs/ci-suite.log"
[ "$asan_status" -eq 0 ] && [ "$fuzz_status" -eq 0 ] && [ "$ci_status" -eq 0 ]
