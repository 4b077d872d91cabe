#!/usr/bin/env bash
# The README's test command: installs what is missing (Debian packages; the npm packages of the
# SDK peer test, tests/sdk), builds with warnings as errors, runs every test (unit, integration,
# widget, keychain, contract, sdk, packaging) through CTest, and also:
#   - the whole suite once more under AddressSanitizer + UndefinedBehaviorSanitizer +
#     LeakSanitizer (the asan preset, clang, build/asan; packaging_checks excepted: it packages the
#     ci build),
#   - a short fuzz run of every parser of outside data (scripts/fuzz.sh, 15 s per target; the
#     fuzzers are built with the asan preset). WHOP_FUZZ_SECONDS changes the time per target.
# The main suite runs last, so its CTest summary is the end of the output; the time each phase
# took is printed before it. Builds go through ccache (installed by scripts/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

phase_name="" phase_start=$SECONDS timings=""
# ccache's hits and misses of this run (its counters are shared with every other build).
ccache_counts() {
    ccache --print-stats 2>/dev/null |
        awk -F'\t' '$1=="direct_cache_hit"||$1=="preprocessed_cache_hit"{h+=$2} $1=="cache_miss"{m=$2} END{print h+0, m+0}'
}
phase() {
    if [ -n "$phase_name" ]; then
        timings+=$(printf '   %-34s %4d s' "$phase_name" $((SECONDS - phase_start)))$'\n'
    fi
    phase_name=$1 phase_start=$SECONDS
    [ -n "$1" ] && echo "== $1"
    return 0
}

phase "Dependencies (scripts/deps.sh test)"
bash scripts/deps.sh test
phase "SDK test packages (scripts/sdk-packages.sh: npm ci)"
bash scripts/sdk-packages.sh
read -r hits0 misses0 < <(ccache_counts)
jobs=$(nproc 2>/dev/null || echo 2)
phase "Build (ci preset)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"

# Tests get their own D-Bus session and an unlocked throw-away keyring (a real Secret Service).
# Three tests per core: most of a test's time is waiting (for timeouts, retries, a loopback
# answer), not computing; measured on two cores, the ci suite took 147 s with two at a time and
# 55 s with six. WHOP_TEST_JOBS changes it.
test_jobs=${WHOP_TEST_JOBS:-$((jobs * 3))}
run_suite() { dbus-run-session -- bash scripts/with-keyring.sh ctest --preset "$1" -j "$test_jobs"; }

phase "Build (asan preset, clang)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
phase "The suite under ASan + UBSan + LSan"
run_suite asan

phase "Fuzzing (scripts/fuzz.sh ${WHOP_FUZZ_SECONDS:-15})"
bash scripts/fuzz.sh "${WHOP_FUZZ_SECONDS:-15}"

phase ""
read -r hits1 misses1 < <(ccache_counts)
printf '== Time per phase (ccache: %d hits, %d misses)\n%s' \
    $((hits1 - hits0)) $((misses1 - misses0)) "$timings"
echo "== The suite (ci preset; packaging_checks packages this build)"
run_suite ci
