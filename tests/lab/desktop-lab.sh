#!/usr/bin/env bash
# Throw-away desktop for integration tests: Xvfb, a private D-Bus session bus, dunst (the
# notification server) and trayer (a system tray), all started here and stopped by their PIDs.
#
#   desktop-lab.sh start DIR   start everything, write DIR/desktop.env (DISPLAY, DBUS_SESSION_BUS_ADDRESS, ...)
#   desktop-lab.sh stop DIR    stop what start started (by recorded PID); 0 if nothing runs
#
# dunst is configured so tests can see what it received and act like a person:
# - every notification is appended to DIR/notifications.log by a rule script (summary, body,
#   urgency, app name, one line each as TAB-separated fields);
# - its context menu ("dunstctl action N" / "dunstctl context") runs DIR/menu.sh instead of dmenu:
#   it logs the offered actions to DIR/menu-offered.log and picks the first line that matches
#   the pattern in DIR/menu-choice (default: Acknowledge).
set -euo pipefail

die() { echo "desktop-lab: $*" >&2; exit 1; }

[[ $# -eq 2 ]] || die "usage: $0 start|stop DIR"
cmd=$1
DIR=$(realpath -m -- "$2")
PIDS=$DIR/pids

stop_all() {
    [[ -f $PIDS ]] || return 0
    # Reverse order: clients before the bus, the bus before the X server.
    tac "$PIDS" | while read -r name pid; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        echo "desktop-lab: stopped $name ($pid)" >&2
    done
    rm -f "$PIDS"
}

case $cmd in
stop)
    stop_all
    exit 0
    ;;
start) ;;
*) die "unknown command $cmd" ;;
esac

stop_all
mkdir -p "$DIR"
rm -f "$DIR"/*.log "$DIR/desktop.env"
: >"$PIDS"

# A free display number: the first without an X lock file.
display=90
while [[ -e /tmp/.X${display}-lock || -e /tmp/.X11-unix/X${display} ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$DIR/xvfb.log" 2>&1 &
echo "Xvfb $!" >>"$PIDS"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display} ]] && break; sleep 0.1; done
[[ -e /tmp/.X11-unix/X${display} ]] || die "Xvfb did not start (see $DIR/xvfb.log)"
export DISPLAY=":$display"

# A private session bus: tests never talk to a desktop the machine might have.
dbus-daemon --session --nofork --print-address=3 --address="unix:path=$DIR/bus" 3>"$DIR/bus-address" \
    >"$DIR/dbus.log" 2>&1 &
echo "dbus-daemon $!" >>"$PIDS"
for _ in $(seq 50); do [[ -s $DIR/bus-address ]] && break; sleep 0.1; done
[[ -s $DIR/bus-address ]] || die "dbus-daemon did not start"
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$DIR/bus-address")
export DBUS_SESSION_BUS_ADDRESS

cat >"$DIR/log-notification.sh" <<SCRIPT
#!/bin/sh
# dunst rule script: one line per notification received.
printf '%s\t%s\t%s\t%s\n' "\$DUNST_URGENCY" "\$DUNST_APP_NAME" "\$DUNST_SUMMARY" "\$(printf '%s' "\$DUNST_BODY" | tr '\n' ' ')" >>"$DIR/notifications.log"
SCRIPT
cat >"$DIR/menu.sh" <<SCRIPT
#!/bin/sh
# Stands in for dmenu: records what dunst offers and chooses like a person would.
offered=\$(cat)
printf '%s\n' "\$offered" >>"$DIR/menu-offered.log"
choice=\$(cat "$DIR/menu-choice" 2>/dev/null || echo Acknowledge)
printf '%s\n' "\$offered" | grep -m1 -- "\$choice"
SCRIPT
chmod +x "$DIR/log-notification.sh" "$DIR/menu.sh"
echo Acknowledge >"$DIR/menu-choice"
cat >"$DIR/dunstrc" <<CONF
[global]
    dmenu = $DIR/menu.sh
    show_indicators = yes
    sticky_history = yes
[log_all]
    summary = "*"
    script = $DIR/log-notification.sh
CONF
dunst -config "$DIR/dunstrc" >"$DIR/dunst.log" 2>&1 &
echo "dunst $!" >>"$PIDS"
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.Notifications 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
done

# trayer provides the XEmbed system tray that QSystemTrayIcon needs under plain X (optional:
# the Debian 13 check runs without it).
if command -v trayer >/dev/null; then
    trayer --edge bottom --align right --widthtype pixel --width 200 --height 32 --transparent false \
        --tint 0x333333 >"$DIR/trayer.log" 2>&1 &
    echo "trayer $!" >>"$PIDS"
    sleep 0.5
fi

cat >"$DIR/desktop.env" <<ENV
DISPLAY=$DISPLAY
DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS
DESKTOP_LAB_DIR=$DIR
ENV
echo "desktop-lab: Xvfb $DISPLAY, session bus $DBUS_SESSION_BUS_ADDRESS, dunst$(command -v trayer >/dev/null && echo ", trayer")" >&2
