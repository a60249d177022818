#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Mandaat needs to build, test and run.
# Does nothing when everything is already there. Uses sudo when not run as root.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libgl-dev
    libsqlcipher-dev qtkeychain-qt6-dev libargon2-dev libzip-dev
    libsecret-1-0 xdg-utils
)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils fonts-dejavu-core
    argon2 sqlcipher p7zip-full imagemagick util-linux
)

wanted=("${build_packages[@]}")
if [ "${1:-}" != "--build-only" ]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "These packages are missing and sudo is not available; install them as root:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
