#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, runs every
# test (unit, integration, widget, keychain, contract, packaging) through CTest, and also:
#   - the whole suite once more under AddressSanitizer + UndefinedBehaviorSanitizer +
#     LeakSanitizer (the asan preset, clang, build/asan; packaging_checks excepted: it makes its
#     own Release build),
#   - a short fuzz run of every parser of outside data (scripts/fuzz.sh, 15 s per target; the
#     fuzzers are built with the asan preset). WHOP_FUZZ_SECONDS changes the time per target.
# The main suite runs last, so its CTest summary is the end of the output.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"

# Tests get their own D-Bus session and an unlocked throw-away keyring (a real Secret Service).
run_suite() { dbus-run-session -- bash scripts/with-keyring.sh ctest --preset "$1" -j "$jobs"; }

echo "== The suite under ASan + UBSan + LSan (asan preset)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
run_suite asan

echo "== Fuzzing (scripts/fuzz.sh ${WHOP_FUZZ_SECONDS:-15})"
bash scripts/fuzz.sh "${WHOP_FUZZ_SECONDS:-15}"

echo "== The suite (ci preset)"
run_suite ci
