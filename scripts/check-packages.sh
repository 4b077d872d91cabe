#!/usr/bin/env bash
# Checks the packages scripts/package.sh made, with the distributions' own tools, then installs
# the .deb, runs the installed app and removes it again:
#   lintian (no errors, no warnings; overrides only in packaging/lintian-overrides, with reasons),
#   appstreamcli validate --no-net, desktop-file-validate, rpmlint (no errors; settings in
#   packaging/rpmlint.toml, with reasons), the files and ids inside the packages, the Windows and
#   macOS packaging configuration (tests/packaging/platform-config), and the install test:
#   apt-get install ./<deb>; whop-profile-editor --version; the app starts offscreen in --demo
#   and shows its window; apt-get remove --purge; nothing of it is left.
# Usage: scripts/check-packages.sh [packages directory]   (default: build/package/packages, or
#        $WHOP_PACKAGE_BUILD_DIR/packages). The install test needs root or password-less sudo;
#        without either it is skipped and the script exits 77 (CTest reports the test skipped).
# Exits non-zero if any check fails; the last line is a one-line summary. WHOP_CHECK_VERBOSE=1 also
# prints the output of the checks that pass.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
root=$PWD
packages=${1:-${WHOP_PACKAGE_BUILD_DIR:-$root/build/package}/packages}
app_id=com.whop.ProfileEditor
pkg=whop-profile-editor

bash scripts/deps.sh test || { echo "check-packages: FAIL: scripts/deps.sh test failed"; exit 1; }

SUDO=
can_root=1
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else can_root=0; fi
fi

work=$(mktemp -d)
installed_by_us=0
app_pid=
cleanup() {
    # The app runs in a process group of its own (setsid): end all of it.
    if [ -n "$app_pid" ]; then kill -KILL -- "-$app_pid" 2>/dev/null; fi
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
        grep -q 'installed'; then
        echo "check-packages: removing $pkg after an interrupted install test" >&2
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove --purge -y -qq "$pkg" >/dev/null 2>&1
    fi
    rm -rf "$work"
}
trap cleanup EXIT

find_one() { # <pattern>: the one package file matching it
    local found
    found=$(find "$packages" -maxdepth 1 -type f -name "$1" 2>/dev/null | sort)
    if [ "$(printf '%s' "$found" | grep -c .)" -ne 1 ]; then
        echo "check-packages: FAIL: expected one $1 in $packages (run scripts/package.sh)" >&2
        exit 1
    fi
    printf '%s\n' "$found"
}
deb=$(find_one '*.deb')
rpm=$(find_one '*.rpm')
tgz=$(find_one '*.tar.gz')
deb_version=$(dpkg-deb -f "$deb" Version)
version=${deb_version%-*}

mkdir -p "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
share=$work/deb/usr/share

passed=()
failed=()
skipped=()
results=()
check() { # <name> <function>: runs one check, prints its output when it fails
    local name=$1 log=$work/$1.log rc
    "$2" >"$log" 2>&1
    rc=$?
    if [ $rc -eq 0 ]; then
        passed+=("$name")
        printf 'ok      %s\n' "$name"
        if [ -n "${WHOP_CHECK_VERBOSE:-}" ]; then sed 's/^/        /' "$log"; fi
    elif [ $rc -eq 77 ]; then
        skipped+=("$name")
        printf 'SKIPPED %s\n' "$name"
        sed 's/^/        /' "$log"
    else
        failed+=("$name")
        printf 'FAIL    %s\n' "$name"
        sed 's/^/        /' "$log"
    fi
}

check_lintian() {
    local out rc
    # lintian advises against running as root: use an unprivileged user when there is one.
    local as=()
    if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then
        install -d -m 755 "$work/lintian" && install -m 644 "$deb" "$work/lintian/"
        chmod 755 "$work"
        as=(runuser -u nobody -- env HOME="$work/lintian" TMPDIR="$work/lintian")
        chmod 777 "$work/lintian"
        # From a folder that user may enter: the checkout may sit in a private (0700) folder.
        out=$(cd "$work/lintian" && "${as[@]}" lintian --fail-on error,warning --display-info \
            "$work/lintian/$(basename "$deb")" 2>&1)
    else
        out=$(lintian --fail-on error,warning --display-info "$deb" 2>&1)
    fi
    rc=$?
    echo "$out"
    results+=("lintian: $(grep -c '^E:' <<<"$out") errors, $(grep -c '^W:' <<<"$out") warnings")
    [ $rc -eq 0 ] && ! grep -q '^[EW]:' <<<"$out"
}

check_appstream() {
    local file=$share/metainfo/$app_id.metainfo.xml
    appstreamcli validate --no-net --explain "$file" || return 1
    grep -q "<id>$app_id</id>" "$file" || { echo "metainfo id is not $app_id"; return 1; }
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$file" ||
        { echo "metainfo launchable is not $app_id.desktop"; return 1; }
    grep -q "<release version=\"$version\"" "$file" ||
        { echo "metainfo has no release $version"; return 1; }
}

check_desktop_file() {
    local file=$share/applications/$app_id.desktop
    desktop-file-validate "$file" || return 1
    local key
    for key in "Icon=$app_id" "Exec=$pkg" "Categories=" "Keywords="; do
        grep -q "^$key" "$file" || { echo "$file lacks $key"; return 1; }
    done
}

check_icons() {
    local size file
    file=$share/icons/hicolor/scalable/apps/$app_id.svg
    [ -s "$file" ] || { echo "no scalable icon $file"; return 1; }
    # The same SVG as the one compiled into the binary for the window icon.
    cmp "$file" "$root/resources/icons/hicolor/scalable/apps/$app_id.svg" || return 1
    for size in 16 22 24 32 48 64 128 256 512; do
        file=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
        file "$file" | grep -q "PNG image data, $size x $size," ||
            { echo "missing or wrong-sized icon: $(file "$file")"; return 1; }
    done
}

check_docs() {
    local man=$share/man/man1/$pkg.1.gz doc=$share/doc/$pkg
    [ -s "$man" ] || { echo "no man page $man"; return 1; }
    local warnings
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null)
    [ -z "$warnings" ] || { echo "man page warnings: $warnings"; return 1; }
    # Every option of the real --help is in the page.
    local option
    for option in $("$work/deb/usr/bin/$pkg" --help | grep -o -- ' --[a-z-]*' | sort -u); do
        zcat "$man" | grep -qF -- "${option//-/\\-}" || { echo "man page lacks $option"; return 1; }
    done
    head -1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
        { echo "copyright is not in the machine-readable format"; return 1; }
    zcat "$doc/changelog.Debian.gz" >"$work/changelog" || return 1
    local top
    top=$(dpkg-parsechangelog -l "$work/changelog" -S Version) || return 1
    [ "$top" = "$deb_version" ] ||
        { echo "changelog.Debian.gz is at $top, the package at $deb_version"; return 1; }
}

check_rpmlint() {
    local out rc
    out=$(rpmlint -c "$root/packaging/rpmlint.toml" "$rpm" 2>&1)
    rc=$?
    echo "$out"
    local summary
    summary=$(grep -o '[0-9]* errors, [0-9]* warnings' <<<"$out" | tail -1)
    results+=("rpmlint: ${summary:-no summary}")
    [ $rc -eq 0 ] && grep -q ' 0 errors' <<<"$out"
}

check_rpm_contents() {
    local files requires
    files=$(rpm -qpl "$rpm") || return 1
    requires=$(rpm -qpR "$rpm") || return 1
    local f
    for f in /usr/bin/$pkg /usr/share/applications/$app_id.desktop \
        /usr/share/metainfo/$app_id.metainfo.xml /usr/share/man/man1/$pkg.1.gz \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/doc/$pkg/copyright \
        /usr/share/$pkg/translations/${pkg}_de.qm /usr/share/$pkg/translations/${pkg}_pt_BR.qm; do
        grep -qx "$f" <<<"$files" || { echo "the .rpm lacks $f"; return 1; }
    done
    if grep -q '^/usr/lib/.build-id' <<<"$files"; then echo "the .rpm has build-id links"; return 1; fi
    grep -q '^libsecret-1.so.0' <<<"$requires" || { echo "the .rpm does not require libsecret"; return 1; }
    grep -q '^libQt6Widgets.so.6' <<<"$requires" ||
        { echo "the .rpm has no automatic library requirements"; return 1; }
    [ "$(rpm -qp --qf '%{VERSION}' "$rpm")" = "$version" ] || { echo "the .rpm's version is not $version"; return 1; }
}

check_tgz_contents() {
    local files top
    files=$(tar -tzf "$tgz") || return 1
    top=$(basename "$tgz" .tar.gz)
    local f
    for f in bin/$pkg share/applications/$app_id.desktop share/man/man1/$pkg.1.gz; do
        grep -qx "$top/$f" <<<"$files" || { echo "the .tar.gz lacks $top/$f"; return 1; }
    done
}

check_deb_metadata() {
    local depends recommends
    depends=$(dpkg-deb -f "$deb" Depends)
    recommends=$(dpkg-deb -f "$deb" Recommends)
    echo "Depends: $depends"
    echo "Recommends: $recommends"
    grep -q 'libsecret-1-0' <<<"$depends" || { echo "no libsecret-1-0 in Depends"; return 1; }
    grep -q 'libqt6widgets6' <<<"$depends" || { echo "no computed shared-library dependencies"; return 1; }
    [ "$recommends" = "gnome-keyring | kwalletmanager, qt6-translations-l10n" ] || return 1
    file "$work/deb/usr/bin/$pkg" | grep -q ', stripped' || { echo "the binary is not stripped"; return 1; }
}

check_platform_config() {
    # The Windows and macOS branches of packaging/CMakeLists.txt, configured here (no build).
    local platform dir script
    for platform in Windows macOS; do
        dir=$work/platform-$platform
        cmake -S "$root/tests/packaging/platform-config" -B "$dir" -G Ninja \
            -DWHOP_PLATFORM=$platform >"$dir.log" 2>&1 || { cat "$dir.log"; return 1; }
        script=$(cat "$dir/deploy-script-path.txt")
        grep -q 'qt6_deploy_runtime_dependencies' "$script" ||
            { echo "$platform: no Qt deployment in $script"; return 1; }
        grep -q "include(\"$script\")" "$dir/packaging/cmake_install.cmake" ||
            { echo "$platform: the install does not run the deployment script"; return 1; }
        case $platform in
        Windows)
            grep -q 'GENERATE_QT_CONF' "$script" || { echo "Windows: not a windeployqt script"; return 1; }
            grep -q 'set(CPACK_GENERATOR "NSIS;ZIP")' "$dir/CPackConfig.cmake" ||
                { echo "Windows: CPack generators are not NSIS;ZIP"; return 1; }
            grep -q 'libqt6keychain' "$dir/packaging/cmake_install.cmake" ||
                { echo "Windows: QtKeychain is not installed with the app"; return 1; }
            ;;
        macOS)
            grep -q 'EXECUTABLE whop-profile-editor.app' "$script" ||
                { echo "macOS: not a macdeployqt script for the bundle"; return 1; }
            grep -q 'set(CPACK_GENERATOR "DragNDrop")' "$dir/CPackConfig.cmake" ||
                { echo "macOS: the CPack generator is not DragNDrop"; return 1; }
            ;;
        esac
        echo "$platform: configured, deployment script $script"
    done
}

run_installed() { # the installed package's program: --version, then the app in --demo
    local out
    out=$(/usr/bin/$pkg --version) || { echo "/usr/bin/$pkg --version failed"; return 1; }
    [ "$out" = "$pkg $version" ] || { echo "--version says '$out', not '$pkg $version'"; return 1; }
    echo "/usr/bin/$pkg --version: $out"

    # Start the installed app offscreen in demo mode, with a throw-away home, in a process group
    # of its own. Qt logs the main window's accessibility interface ("Whop Profile Editor", role
    # Window, with its geometry and without "invisible") once the window is shown.
    local home=$work/home log=$work/app.log
    mkdir -p "$home/run" && chmod 700 "$home/run"
    : >"$log"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run \
        QT_QPA_PLATFORM=offscreen QT_FORCE_STDERR_LOGGING=1 \
        QT_LOGGING_RULES="qt.accessibility.cache.debug=true" \
        setsid timeout 20 /usr/bin/$pkg --demo >"$log" 2>&1 &
    app_pid=$!
    local window=0
    for _ in $(seq 1 50); do
        if grep 'role=Window' "$log" | grep 'name="Whop Profile Editor"' | grep -vq 'invisible'; then
            window=1
            break
        fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    sleep 5
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid"
        echo "the installed app exited early (status $?):"
        tail -20 "$log"
        app_pid=
        return 1
    fi
    if [ "$window" = 0 ]; then
        echo "the installed app runs but showed no window:"
        tail -20 "$log"
        return 1
    fi
    echo "the installed app shows its window and is still running after 5 s:"
    grep 'role=Window' "$log" | grep 'name="Whop Profile Editor"' | head -1 | cut -c1-200
    kill -TERM -- "-$app_pid"
    for _ in $(seq 1 50); do
        kill -0 -- "-$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 -- "-$app_pid" 2>/dev/null; then
        echo "the installed app did not exit within 5 s of SIGTERM"
        return 1
    fi
    wait "$app_pid" 2>/dev/null
    app_pid=
    echo "the installed app exited on SIGTERM"
}

check_install() {
    if [ "$can_root" = 0 ]; then
        echo "needs root or password-less sudo for apt-get: skipped"
        return 77
    fi
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
        echo "$pkg was installed before the test: removing it first"
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove --purge -y -qq "$pkg" || return 1
    fi
    # apt reads local packages as the _apt user: give it a readable copy.
    local debdir=$work/apt
    install -d -m 755 "$debdir" && install -m 644 "$deb" "$debdir/"
    chmod 755 "$work"
    local before after
    before=$(dpkg-query -W -f='${Package}\n' | sort)
    installed_by_us=1
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$debdir/$(basename "$deb")"
    local rc=$?
    if [ $rc -eq 0 ]; then
        after=$(dpkg-query -W -f='${Package}\n' | sort)
        local pulled
        pulled=$(comm -13 <(echo "$before") <(echo "$after") | grep -vx "$pkg" | tr '\n' ' ')
        [ -z "$pulled" ] || echo "apt-get also installed: $pulled"
        run_installed
        rc=$?
    fi
    # Whatever happened: stop the app, remove the package, and check nothing is left.
    if [ -n "$app_pid" ]; then
        kill -KILL -- "-$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
        app_pid=
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove --purge -y -q "$pkg" || return 1
    installed_by_us=0
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed\|config-files'; then
        echo "$pkg is still known to dpkg after the purge"
        return 1
    fi
    # Nothing of the package is left: every file it shipped, and anything else named after it.
    local left
    left=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' |
        while read -r f; do [ -e "$f" ] && echo "$f"; done)
    left+=$(ls -d /usr/bin/$pkg /usr/share/applications/$app_id* \
        /usr/share/icons/hicolor/*/apps/$app_id* /usr/share/metainfo/$app_id* \
        /usr/share/man/man1/$pkg.* /usr/share/doc/$pkg /usr/share/lintian/overrides/$pkg \
        /usr/share/$pkg 2>/dev/null)
    left+=$(grep -rl "$app_id" /usr/share/applications /usr/share/metainfo 2>/dev/null)
    if [ -n "$left" ]; then
        echo "left behind after the purge:"
        echo "$left"
        return 1
    fi
    echo "removed; nothing left in /usr"
    return $rc
}

start=$(date +%s)
check lintian check_lintian
check appstream check_appstream
check desktop-file check_desktop_file
check icons check_icons
check docs check_docs
check deb-metadata check_deb_metadata
check rpmlint check_rpmlint
check rpm-contents check_rpm_contents
check tgz-contents check_tgz_contents
check platform-config check_platform_config
check install check_install
elapsed=$(($(date +%s) - start))

summary="${#passed[@]} passed, ${#failed[@]} failed, ${#skipped[@]} skipped in ${elapsed}s"
if [ ${#results[@]} -gt 0 ]; then
    summary+="; $(printf '%s; ' "${results[@]}")"
    summary=${summary%; }
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "check-packages: FAIL ($summary): ${failed[*]}"
    exit 1
elif [ ${#skipped[@]} -gt 0 ]; then
    echo "check-packages: incomplete ($summary): ${skipped[*]} skipped"
    exit 77
fi
echo "check-packages: PASS ($summary) $(basename "$deb") $(basename "$rpm") $(basename "$tgz")"
