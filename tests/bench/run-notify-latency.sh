#!/usr/bin/env bash
# Runs notify_latency against its own Icinga 2 lab and desktop lab (dunst), then stops both.
#   run-notify-latency.sh BUILD_DIR [samples]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "$1")
samples=${2:-40}
work=$(mktemp -d /tmp/ocd-latency.XXXXXX)
cleanup() {
    bash "$here/../lab/icinga2-lab.sh" stop "$work/icinga2" >/dev/null 2>&1 || true
    bash "$here/../lab/desktop-lab.sh" stop "$work/desktop" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
bash "$here/../lab/icinga2-lab.sh" start "$work/icinga2" 15690 >/dev/null
bash "$here/../lab/desktop-lab.sh" start "$work/desktop" >/dev/null 2>&1
set -a
# shellcheck disable=SC1091
. "$work/desktop/desktop.env"
set +a
QT_QPA_PLATFORM=offscreen "$build/tests/notify_latency" "$work/icinga2" "$samples"
