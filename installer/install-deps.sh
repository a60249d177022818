#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Mandaat needs to build, test and run.
# Does nothing when everything is already there. Uses sudo when not run as root.
#   install-deps.sh               to build and test (the default)
#   install-deps.sh --build-only  to build
#   install-deps.sh --package     to build, package and check the package
#   install-deps.sh --fuzz        to build and run the libFuzzer targets (make fuzz)
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
    argon2 sqlcipher p7zip-full imagemagick util-linux python3-jsonschema
    appstream desktop-file-utils shared-mime-info clang-format
)
# `make package` and `make test-package` (install-deps.sh --package): build the .deb, check
# it with lintian, install it, and see the MIME type through gio and xdg-mime.
package_packages=(
    dpkg-dev lintian appstream desktop-file-utils shared-mime-info libglib2.0-bin
)

# `make fuzz` (install-deps.sh --fuzz): clang with libFuzzer and the sanitizer runtimes.
fuzz_packages=(
    clang libclang-rt-14-dev
)

wanted=("${build_packages[@]}")
case "${1:-}" in
    --build-only) ;;
    --package) wanted+=("${package_packages[@]}") ;;
    --fuzz) wanted+=("${fuzz_packages[@]}") ;;
    *) wanted+=("${test_packages[@]}") ;;
esac

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
