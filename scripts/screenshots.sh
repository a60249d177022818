#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: the welcome page, the unlock page, the Overview, the
# client list, an engagement page and the settings, in English and in Dutch. Each language runs
# in a fresh HOME under /tmp with a demo practice (mandaat-cli demo, fixed seed and date) in its
# Documents folder, on its own Xvfb screen of 1366x768; tests/ui/ScreenshotTool.cpp
# (mandaat-screenshots) drives the real window and grabs the screen.
#
#   scripts/screenshots.sh [BUILD_DIR] [--scale 2]
#       BUILD_DIR: default build; needs app/mandaat-cli and tests/ui/mandaat-screenshots.
#       --scale 2: 200 % on a 2732x1536 screen, into /tmp/mandaat-screenshots-2x (for checking).
#
# Needs xvfb (xvfb-run) and fonts-dejavu-core.
set -euo pipefail

script=$(readlink -f "$0")
root=$(cd "$(dirname "$script")/.." && pwd)
build=$root/build
scale=1
while [[ $# -gt 0 ]]; do
    case $1 in
    --scale) scale=$2; shift 2 ;;
    *) build=$1; shift ;;
    esac
done
build=$(cd "$build" && pwd)
for tool in "$build/app/mandaat-cli" "$build/tests/ui/mandaat-screenshots"; do
    [[ -x $tool ]] || { echo "screenshots: $tool is missing; build it first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing" >&2; exit 1; }

if [[ $scale == 1 ]]; then
    out=$root/docs/screenshots
    screen="1366x768x24"
else
    out=/tmp/mandaat-screenshots-${scale}x
    screen="$((1366 * scale))x$((768 * scale))x24"
fi
mkdir -p "$out"
passphrase="een lange zin voor de schermafdrukken"

shoot() { # LANGUAGE LOCALE
    local language=$1 locale=$2
    local home
    home=$(mktemp -d /tmp/mandaat-screenshots.XXXXXX)
    mkdir -p "$home/Documents"
    local vault="$home/Documents/Praktijk Claes.mandaat"
    printf '%s\n' "$passphrase" |
        HOME=$home "$build/app/mandaat-cli" demo "$vault" --seed 1 --today 2026-11-20 --passphrase-stdin >/dev/null
    env -u LC_ALL -u LC_MESSAGES HOME="$home" XDG_RUNTIME_DIR="$home" LANGUAGE="$language" LANG="$locale" \
        QT_SCALE_FACTOR="$scale" MANDAAT_PASSPHRASE="$passphrase" \
        xvfb-run -a -s "-screen 0 $screen" \
        "$build/tests/ui/mandaat-screenshots" --vault "$vault" --out "$out" --suffix "$language"
    rm -rf "$home"
}

shoot en en_GB.UTF-8
shoot nl nl_BE.UTF-8
ls -1 "$out"/*.png
