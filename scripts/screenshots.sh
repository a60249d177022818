#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: the welcome page and the unlock page of a vault,
# in English and in Dutch. Each language runs in a fresh HOME with its own keyring
# (tests/run-with-keyring.sh) and its own Xvfb screen of 1366x768; the window is captured
# without decorations (there is no window manager).
#
#   scripts/screenshots.sh [BUILD_DIR]      (default: build; needs app/mandaat and app/mandaat-cli)
#
# Needs xvfb, x11-utils, imagemagick, dbus and gnome-keyring.
set -euo pipefail

script=$(readlink -f "$0")
root=$(cd "$(dirname "$script")/.." && pwd)

# --capture PNG COMMAND...: inside Xvfb; starts COMMAND, waits for its window, captures it.
if [[ ${1:-} == --capture ]]; then
    png=$2
    shift 2
    "$@" &
    app=$!
    window=""
    for _ in $(seq 1 100); do
        window=$(xwininfo -root -tree 2>/dev/null | awk '/\("mandaat"/ {print $1; exit}')
        [[ -n $window ]] && break
        sleep 0.1
    done
    if [[ -z $window ]]; then
        echo "screenshots: no Mandaat window appeared" >&2
        kill "$app" 2>/dev/null || true
        exit 1
    fi
    sleep 2 # the keychain lookup and the first paint
    import -window "$window" "$png"
    kill "$app"
    wait "$app" 2>/dev/null || true
    exit 0
fi

# --language LANG LOCALE OUT BUILD: inside a private keyring session with a fresh HOME.
if [[ ${1:-} == --language ]]; then
    language=$2 locale=$3 out=$4 build=$5
    mkdir -p "$HOME/Documents"
    vault="$HOME/Documents/Praktijk Claes.mandaat"
    printf '%s\n' "een lange zin voor de schermafdrukken" |
        "$build/app/mandaat-cli" init "$vault" --passphrase-stdin >/dev/null
    export LANGUAGE=$language LANG=$locale
    unset LC_ALL LC_MESSAGES
    capture() {
        xvfb-run -a -s "-screen 0 1366x768x24" "$script" --capture "$@"
    }
    capture "$out/welcome-$language.png" "$build/app/mandaat"
    capture "$out/unlock-$language.png" "$build/app/mandaat" "$vault"
    exit 0
fi

build=$(cd "${1:-$root/build}" && pwd)
out=$root/docs/screenshots
mkdir -p "$out"
for tool in xvfb-run xwininfo import; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
"$root/tests/run-with-keyring.sh" "$script" --language en en_GB.UTF-8 "$out" "$build"
"$root/tests/run-with-keyring.sh" "$script" --language nl nl_BE.UTF-8 "$out" "$build"
ls -1 "$out"/*.png
