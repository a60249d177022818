#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: the welcome page, the unlock page, the Overview, the
# client list, an engagement page and the settings, in English and in Dutch. Each language runs
# in a fresh HOME under /tmp with a demo practice (mandaat-cli demo, fixed seed and date) in its
# Documents folder, on its own Xvfb screen of 1366x768; tests/ui/ScreenshotTool.cpp
# (mandaat-screenshots) drives the real window and grabs the screen.
#
#   scripts/screenshots.sh [BUILD_DIR] [--scale 2] [--check]
#       BUILD_DIR: default build; needs app/mandaat-cli and tests/ui/mandaat-screenshots.
#       --scale 2: 200 % on a 2732x1536 screen, into /tmp/mandaat-screenshots-2x (for checking).
#       --check: every page, tab and dialog, at the default window size (1100x700) and at
#                1366x768, in both languages, into /tmp/mandaat-screenshots-check (to look at:
#                nothing cut off, no page scrolling sideways; issue 15).
#
# Needs xvfb (xvfb-run) and fonts-dejavu-core.
set -euo pipefail

script=$(readlink -f "$0")
root=$(cd "$(dirname "$script")/.." && pwd)
build=$root/build
scale=1
check=0
while [[ $# -gt 0 ]]; do
    case $1 in
    --scale) scale=$2; shift 2 ;;
    --check) check=1; shift ;;
    *) build=$1; shift ;;
    esac
done
build=$(cd "$build" && pwd)
for tool in "$build/app/mandaat-cli" "$build/tests/ui/mandaat-screenshots"; do
    [[ -x $tool ]] || { echo "screenshots: $tool is missing; build it first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing" >&2; exit 1; }

if [[ $check == 1 ]]; then
    out=/tmp/mandaat-screenshots-check
    screen=""
elif [[ $scale == 1 ]]; then
    out=$root/docs/screenshots
    screen="1366x768x24"
else
    out=/tmp/mandaat-screenshots-${scale}x
    screen="$((1366 * scale))x$((768 * scale))x24"
fi
mkdir -p "$out"
passphrase="een lange zin voor de schermafdrukken"

shoot() { # LANGUAGE LOCALE [SCREEN SUFFIX --extra]
    local language=$1 locale=$2 size=${3:-$screen} suffix=${4:-$1} extra=${5:-}
    local home
    home=$(mktemp -d /tmp/mandaat-screenshots.XXXXXX)
    mkdir -p "$home/Documents"
    local vault="$home/Documents/Praktijk Claes.mandaat"
    printf '%s\n' "$passphrase" |
        HOME=$home "$build/app/mandaat-cli" demo "$vault" --seed 1 --today 2026-11-20 --passphrase-stdin >/dev/null
    env -u LC_ALL -u LC_MESSAGES HOME="$home" XDG_RUNTIME_DIR="$home" LANGUAGE="$language" LANG="$locale" \
        QT_SCALE_FACTOR="$scale" MANDAAT_PASSPHRASE="$passphrase" \
        xvfb-run -a -s "-screen 0 $size" \
        "$build/tests/ui/mandaat-screenshots" --vault "$vault" --out "$out" --suffix "$suffix" $extra
    rm -rf "$home"
}

if [[ $check == 1 ]]; then
    for size in 1100x700 1366x768; do
        shoot en en_GB.UTF-8 "${size}x24" "en-$size" --extra
        shoot nl nl_BE.UTF-8 "${size}x24" "nl-$size" --extra
    done
else
    shoot en en_GB.UTF-8
    shoot nl nl_BE.UTF-8
fi
ls -1 "$out"/*.png
