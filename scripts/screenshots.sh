#!/usr/bin/env bash
# Renders the README's pictures (docs/screenshots/main-window.png, crop-dialog.png and history.png)
# offscreen: the main window at 820 × 600 on the demo sandbox as a first start shows it, the dialog
# that frames a new picture, and History after two saves and a batch. The one way to refresh them:
# run it after changing what they show, and commit the result. It never touches your own settings (a throw-away home).
# WHOP_PRESET=ci scripts/screenshots.sh uses an existing ci build instead of the default one.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${WHOP_PRESET:-default}
bash scripts/deps.sh build
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc 2>/dev/null || echo 2)" --target whop-screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
    LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 \
    "build/$preset/tools/screenshots/whop-screenshots" docs/screenshots
