#!/usr/bin/env bash
# `make test-package`: checks the built .deb with lintian, installs it with apt-get (so that
# its Depends are resolved), runs both installed programs, checks the desktop integration,
# and removes the package again on the way out, whatever happened. Runs as root (CI) or
# through sudo.
set -euo pipefail
package_dir=${1:-build-package}
shopt -s nullglob
debs=("$package_dir"/mandaat_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "FAIL: expected one mandaat_*.deb in $package_dir, found ${#debs[@]}"; exit 1; }
deb=$(realpath "${debs[0]}")
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive

step() { echo; echo "== $*"; }

step "lintian $(basename "$deb") (errors fail, warnings are listed)"
lintian_cmd=(lintian --info --tag-display-limit 0)
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null && runuser -u nobody -- test -r "$deb" 2>/dev/null; then
    lintian_cmd=(runuser -u nobody -- env HOME=/tmp "${lintian_cmd[@]}")   # lintian prefers not to be root
fi
lintian_status=0
"${lintian_cmd[@]}" "$deb" || lintian_status=$?
[ "$lintian_status" -eq 0 ] || { echo "FAIL: lintian reports errors (status $lintian_status)"; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    status=$?
    step "removing the package"
    "${sudo_cmd[@]}" apt-get remove -y -q mandaat >/dev/null || "${sudo_cmd[@]}" dpkg -r mandaat || true
    rm -rf "$work"
    [ "$status" -eq 0 ] && echo "OK: the package installs, runs and integrates" || echo "FAIL (status $status)"
    exit "$status"
}
trap cleanup EXIT

step "apt-get install $deb"
# apt reads a local .deb as the _apt user; from a 0700 home it says it falls back to root.
"${sudo_cmd[@]}" apt-get install -y -q --reinstall "$deb"   # --reinstall: a leftover of the same version is replaced
version=$(dpkg-deb -f "$deb" Version)
[ "$(dpkg-query -W -f='${Version}' mandaat)" = "$version" ] || { echo "FAIL: mandaat $version is not installed"; exit 1; }

# A home of our own: nothing the test does stays in the user's settings or recent files.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

step "/usr/bin/mandaat-cli --version, init, info"
/usr/bin/mandaat-cli --version | tee "$work/version"
grep -qx "mandaat-cli ${version%-*}" "$work/version" || { echo "FAIL: mandaat-cli does not say ${version%-*}"; exit 1; }
vault="$work/praktijk.mandaat"
printf '%s\n' 'een lange wachtwoordzin voor de test' | /usr/bin/mandaat-cli init --passphrase-stdin "$vault"
printf '%s\n' 'een lange wachtwoordzin voor de test' | /usr/bin/mandaat-cli info --passphrase-stdin "$vault"

step "/usr/bin/mandaat --quit-when-shown, offscreen"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/mandaat --quit-when-shown
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/mandaat --quit-when-shown "$vault"
echo "the window was shown, with and without a vault to open"

step "desktop integration"
man -w mandaat-cli
desktop-file-validate /usr/share/applications/be.mandaat.Mandaat.desktop
appstreamcli validate --no-net /usr/share/metainfo/be.mandaat.Mandaat.metainfo.xml
[ -f /usr/share/icons/hicolor/scalable/apps/be.mandaat.Mandaat.svg ] || { echo "FAIL: no scalable icon"; exit 1; }
# shared-mime-info's dpkg trigger has already run; running it again is harmless and makes
# the check independent of trigger timing.
"${sudo_cmd[@]}" update-mime-database /usr/share/mime
gio_type=$(gio info -a standard::content-type "$vault" | sed -n 's/^ *standard::content-type: //p')
# xdg-mime asks the desktop's own tool; outside a desktop it would fall back to file(1),
# which knows no MIME database. GNOME's is gio, as on Debian's default desktop.
xdg_type=$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$vault")
echo "gio: $gio_type; xdg-mime: $xdg_type"
[ "$gio_type" = application/vnd.mandaat.vault ] || { echo "FAIL: gio sees $gio_type"; exit 1; }
[ "$xdg_type" = application/vnd.mandaat.vault ] || { echo "FAIL: xdg-mime sees $xdg_type"; exit 1; }
grep -q 'application/vnd.mandaat.vault=be.mandaat.Mandaat.desktop' /usr/share/applications/mimeinfo.cache 2>/dev/null \
    || echo "note: mimeinfo.cache does not list Mandaat yet (desktop-file-utils' trigger updates it)"
