#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the editor.
# Without a connected account the editor opens the local demo sandbox. Arguments are passed on
# (for example: scripts/run.sh --demo, scripts/run.sh --base-url https://sandbox-api.whop.com/api/v1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc 2>/dev/null || echo 2)" --target whop-profile-editor
app=build/default/app/whop-profile-editor
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
