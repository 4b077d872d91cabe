#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# every test (unit, integration, widget, keychain, contract, packaging) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
# Tests get their own D-Bus session and an unlocked throw-away keyring (a real Secret Service).
dbus-run-session -- bash scripts/with-keyring.sh ctest --preset ci -j "$jobs"
