#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with a fresh, unlocked gnome-keyring (the
# Secret Service that QtKeychain talks to through libsecret) and a temporary HOME, so keyring tests
# need no desktop and never touch a real user's keyring.
#
#   keyring-session.sh COMMAND [ARGS...]
#
# The keyring's password is "pw". Exits with the command's status; the temporary HOME is removed
# afterwards, and gnome-keyring-daemon ends with its session bus.
set -euo pipefail

die() { echo "keyring-session: $*" >&2; exit 2; }

[[ $# -ge 1 ]] || { sed -n 's/^#   \(keyring-session\.sh .*\)$/usage: \1/p' "$0" >&2; exit 2; }
command -v dbus-run-session >/dev/null || die "dbus-run-session not found (package dbus)"
command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon not found (package gnome-keyring)"

exec dbus-run-session -- bash -c '
    set -euo pipefail
    home=$(mktemp -d "${TMPDIR:-/tmp}/keyring-session.XXXXXX")
    trap "rm -rf -- \"$home\"" EXIT
    export HOME=$home
    export XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
    export XDG_RUNTIME_DIR=$home/run
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"
    export ONCALL_KEYRING_SESSION=1
    "$@"
' keyring-session "$@"
