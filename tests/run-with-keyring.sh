#!/usr/bin/env bash
# Runs a command inside a private keyring session: its own D-Bus session bus and its own
# gnome-keyring-daemon (Secret Service only) with an unlocked "login" collection, under a
# temporary HOME and XDG_RUNTIME_DIR. Works as root and without a display (CI): nothing
# ever has to prompt, because the login keyring is created and unlocked from stdin.
#
#   tests/run-with-keyring.sh <command> [args...]
#
# Exits with the command's status, or 125 when the keyring could not be set up (so a test
# run under it fails instead of silently testing nothing).
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool is not installed (packages dbus, gnome-keyring)" >&2
        exit 125
    fi
done

session_dir=$(mktemp -d "${TMPDIR:-/tmp}/mandaat-keyring.XXXXXX")
chmod 700 "$session_dir"
# The daemon is stopped inside the session before this runs, so nothing writes into the
# folder while it is removed.
trap 'rm -rf -- "$session_dir"' EXIT
# Turn signals into a normal exit so the EXIT trap still removes the folder.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$session_dir/home" "$session_dir/runtime"

export HOME="$session_dir/home"
export XDG_RUNTIME_DIR="$session_dir/runtime"
# A user's own settings must not leak in (XDG_*_HOME would point outside the temporary HOME).
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS
# Without a display gcr would try to show an unlock prompt it cannot show; the keyring is
# unlocked up front, so no prompt is ever needed.
unset DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session -- bash -c '
set -euo pipefail

# --foreground keeps the daemon our child, so we know its pid and can stop it ourselves.
# --unlock reads the password from stdin and creates the "login" keyring when there is
# none, which is always the case in a fresh HOME.
printf "%s" "test-keyring-password" \
    | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$HOME/gnome-keyring.log" 2>&1 &
daemon_pid=$!

stop_daemon() {
    kill "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
}
trap stop_daemon EXIT

bus_call() {
    dbus-send --session --print-reply=literal --reply-timeout=2000 "$@" 2>/dev/null
}

# Wait until the daemon owns the Secret Service name. NameHasOwner does not trigger D-Bus
# activation, which could otherwise start a second, locked daemon from the service file.
ready=no
for _ in $(seq 1 100); do
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        break
    fi
    if bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true; then
        ready=yes
        break
    fi
    sleep 0.1
done

collection=""
locked=""
if [[ $ready == yes ]]; then
    collection=$(bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default | tr -d "[:space:]" || true)
    if [[ -n $collection && $collection != / ]]; then
        locked=$(bus_call --dest=org.freedesktop.secrets "$collection" \
            org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Collection string:Locked | tr -d "[:space:]" || true)
    fi
fi
if [[ $ready != yes || -z $collection || $collection == / || $locked != *false ]]; then
    echo "run-with-keyring: the Secret Service did not come up with an unlocked default" \
        "collection (ready=$ready collection=${collection:-none} locked=${locked:-unknown})" >&2
    cat "$HOME/gnome-keyring.log" >&2 || true
    exit 125
fi

# What the daemon would print when it daemonizes; set it by hand for clients that use the
# control socket (the Secret Service itself is found over D-Bus).
export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"

set +e
"$@"
command_status=$?
set -e
exit "$command_status"
' run-with-keyring "$@" || status=$?

exit "$status"
