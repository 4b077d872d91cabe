#!/usr/bin/env bash
# Runs tests/accessibility/audit.py the way a desktop would present the editor to a screen reader:
# an X server (Xvfb), a window manager (openbox: it gives windows the keyboard focus), a D-Bus
# session and the AT-SPI accessibility bus. Usage: run-audit.sh <whop-profile-editor>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" != --inside ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" \
        dbus-run-session -- bash "$0" --inside "$@"
fi
shift
unset QT_QPA_PLATFORM
# The window manager must be running before the editor maps its window, or nothing gives that
# window the focus: openbox says when it is ready (--startup), which may take a while under load.
ready=$(mktemp -u)
openbox --sm-disable --startup "touch $ready" >/dev/null 2>&1 &
wm=$!
for _ in $(seq 1 200); do [ -e "$ready" ] && break; sleep 0.1; done
rm -f "$ready"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
trap 'kill $wm $bus 2>/dev/null || true' EXIT
sleep 1
# Debian's python3, which has pyatspi (python3-pyatspi), whatever else is first on the PATH.
/usr/bin/python3 "$here/audit.py" "$@"
