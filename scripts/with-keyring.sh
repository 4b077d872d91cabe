#!/usr/bin/env bash
# Runs a command inside the current D-Bus session with a fresh, unlocked GNOME Keyring, so the
# keychain tests talk to a real Secret Service. Use under dbus-run-session:
#   dbus-run-session -- scripts/with-keyring.sh ctest ...
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
# An outer keyring's control socket must not be inherited: --replace would stop that daemon (a
# test that runs under its own dbus-run-session and this script would end the suite's keyring).
unset GNOME_KEYRING_CONTROL
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The unlock password only protects this throw-away keyring; it must not be empty. Tests that
# lock the collection read it to start the daemon again, unlocked.
export WHOP_TEST_KEYRING_PASSWORD=ci-only-keyring-password
eval "$(printf '%s' "$WHOP_TEST_KEYRING_PASSWORD" |
    gnome-keyring-daemon --replace --unlock --components=secrets --daemonize 2>/dev/null)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
