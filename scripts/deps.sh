#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need.
# Usage: scripts/deps.sh [build|test|bench]   (test adds the keyring, D-Bus and check tools;
# bench adds ImageMagick for bench/image)
set -euo pipefail
what=${1:-build}

pkgs=(cmake ninja-build g++ pkg-config ccache lld
      qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
      qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
      qt6-qpa-plugins qt6-image-formats-plugins qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
      libpng-dev
      libsecret-1-0 gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core)
if [ "$what" = test ]; then
    pkgs+=(clang-format nodejs npm)
    # The accessibility audit: the AT-SPI bus, its Python bindings and a window manager.
    pkgs+=(at-spi2-core python3-pyatspi openbox)
    pkgs+=(lintian rpm rpmlint appstream desktop-file-utils file dpkg-dev)
    # The sanitizer build and the fuzzers (clang, its runtimes, llvm-symbolizer for readable
    # reports), and openssl for the test certificate of the TLS fault.
    pkgs+=(clang libclang-rt-14-dev llvm openssl)
fi

if [ "$what" = bench ]; then
    pkgs+=(imagemagick) # bench/image compares with ImageMagick's convert
fi

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node and npm may come from another source than Debian's packages; accept them when present.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for p in "${missing[@]}"; do
        case "$p" in nodejs | npm) ;; *) filtered+=("$p") ;; esac
    done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
