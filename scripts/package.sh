#!/usr/bin/env bash
# The README's packaging command: installs what is missing, makes a Release build in
# build/package and turns it into a .deb, an .rpm and a .tar.gz with CPack; prints their paths.
#   scripts/package.sh
# WHOP_PACKAGE_BUILD_DIR picks another build directory (an existing build is reused as it is
# configured); the packages go to <build directory>/packages. scripts/check-packages.sh checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${WHOP_PACKAGE_BUILD_DIR:-$root/build/package}
out=$build/packages
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/deps.sh build
# The package builders: dpkg-shlibdeps (dpkg-dev) for the .deb's dependencies, rpmbuild for the .rpm.
missing=()
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v rpmbuild >/dev/null || missing+=(rpm)
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    # Only the app: no tests or benchmarks. Debian's hardening flags, as its own packages use.
    CXXFLAGS="${CXXFLAGS:--fstack-protector-strong -D_FORTIFY_SOURCE=2 -Wformat}" \
    LDFLAGS="${LDFLAGS:--Wl,-z,relro -Wl,-z,now}" \
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DWHOP_BUILD_TESTS=OFF -DWHOP_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs"

rm -rf "$out"
mkdir -p "$out"
if ! (cd "$build" && cpack --config CPackConfig.cmake -G "DEB;RPM;TGZ" -B "$out") \
    >"$build/cpack.log" 2>&1; then
    cat "$build/cpack.log" >&2
    echo "package.sh: cpack failed (log: $build/cpack.log)" >&2
    exit 1
fi
rm -rf "$out/_CPack_Packages"

packages=$(find "$out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.tar.gz' \) |
    sort)
if [ "$(printf '%s\n' "$packages" | grep -c .)" -ne 3 ]; then
    cat "$build/cpack.log" >&2
    echo "package.sh: expected a .deb, an .rpm and a .tar.gz in $out" >&2
    exit 1
fi
printf '%s\n' "$packages"
