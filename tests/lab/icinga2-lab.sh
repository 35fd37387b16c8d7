#!/usr/bin/env bash
# Throw-away Icinga 2 (2.13) lab for integration tests of On-Call Desk.
#
#   icinga2-lab.sh start   DIR [PORT]  fresh config + PKI, start, seed all-green results
#   icinga2-lab.sh stop    DIR         SIGTERM (10 s grace, then SIGKILL); 0 if not running
#   icinga2-lab.sh restart DIR         stop + start with the same config/PKI/state
#   icinga2-lab.sh reload  DIR         SIGHUP, wait until the new worker answers
#   icinga2-lab.sh kill    DIR         SIGKILL the daemon and its children, no restart
#
# Everything lives under DIR; /etc/icinga2, /var/lib/icinga2 etc. are never touched
# and systemd is not involved. After a successful start/restart DIR/lab.env holds
# shell-sourceable KEY=VALUE lines (ICINGA_URL, ICINGA_CA, ...). The daemon is
# only ever signalled through the PID this script recorded in DIR/icinga2.pid.
set -euo pipefail
# shellcheck source=lab-process.sh
source "$(dirname "${BASH_SOURCE[0]}")/lab-process.sh"

readonly ICINGA2=/usr/sbin/icinga2
readonly DEFAULT_PORT=15665
readonly API_WAIT_SECONDS=20
readonly STOP_WAIT_SECONDS=10
readonly TLS_NAME=localhost   # the only name in the server cert's SAN

die() { echo "icinga2-lab: $*" >&2; exit 1; }
note() { echo "icinga2-lab: $*" >&2; }

usage() {
    sed -n 's/^#   \(icinga2-lab\.sh .*\)$/  \1/p' "$0" >&2
    exit 2
}

# --- paths -----------------------------------------------------------------

set_paths() {
    # Absolute path, because the daemon gets it via -D and lab.env is sourced
    # from arbitrary working directories.
    DIR=$(realpath -m -- "$1")
    # lab.env is unquoted KEY=VALUE by contract, so whitespace would break it.
    [[ $DIR =~ [[:space:]] ]] && die "DIR must not contain whitespace: '$DIR'"
    ETC=$DIR/etc
    LIB=$DIR/lib
    PKI=$DIR/pki
    PKI_OTHER=$DIR/pki-other
    LOG=$DIR/log
    PIDFILE=$DIR/icinga2.pid
    ENVFILE=$DIR/lab.env
    PORTFILE=$DIR/port
    ACTIONS=$DIR/actions
}

# --- process handling ------------------------------------------------------

# Guards against PID reuse: only a process running icinga2 with *this* lab's
# config file counts as ours.
is_our_daemon() {
    local pid=$1
    pid_alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-c $ETC/icinga2.conf"
}

# Members of TREE (global array) that are still alive and still ours.
alive_members() {
    local p
    for p in "${TREE[@]}"; do
        if is_our_daemon "$p"; then echo "$p"; fi
    done
}

do_stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f -- "$PIDFILE"
        return 0
    fi
    # Snapshot the tree first: once the umbrella is gone, its children are
    # re-parented and can no longer be found through it.
    mapfile -t TREE < <(echo "$pid"; descendants "$pid")
    # Only the umbrella gets SIGTERM; it stops its worker, which writes the
    # state file on the way out (that is what lets 'restart' keep state).
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_tree_gone "$STOP_WAIT_SECONDS"; then
        note "still running ${STOP_WAIT_SECONDS}s after SIGTERM, sending SIGKILL:" \
            "$(alive_members | tr '\n' ' ')"
        kill_tree_now
    fi
    rm -f -- "$PIDFILE"
}

do_kill() {
    local pid
    pid=$(running_pid) || return 0
    mapfile -t TREE < <(echo "$pid"; descendants "$pid")
    kill_tree_now
}

# --- API helpers -----------------------------------------------------------

api() {
    # --resolve instead of https://127.0.0.1: the cert only has DNS:localhost.
    curl -sS --max-time 10 --cacert "$PKI/ca.crt" \
        --resolve "$TLS_NAME:$PORT:127.0.0.1" \
        -u admin:adminpw -H 'Accept: application/json' "$@"
}

api_url() { echo "https://$TLS_NAME:$PORT$1"; }

# Prints the worker's program_start; a reload replaces the worker, so this
# value changing is the only reliable sign that the reload has finished.
program_start() {
    api -f "$(api_url /v1/status/IcingaApplication)" 2>/dev/null |
        grep -oE '"program_start":[0-9.eE+]+' | head -n1
}

show_log_tail() {
    echo "---- last lines of $LOG/daemon.out ----" >&2
    tail -n 40 "$LOG/daemon.out" >&2 2>/dev/null || true
    echo "----" >&2
}

# wait_api PID [OLD_PROGRAM_START LOG_OFFSET]
wait_api() {
    local pid=$1 old=${2:-} log_offset=${3:-} cur
    local deadline=$((SECONDS + API_WAIT_SECONDS))
    while ((SECONDS < deadline)); do
        if ! pid_alive "$pid"; then
            note "daemon (pid $pid) exited during startup"
            show_log_tail
            return 1
        fi
        # A reload with a broken config keeps the old worker serving, so the
        # API alone would only tell us after the full timeout.
        if [[ -n $log_offset ]] &&
            tail -c "+$((log_offset + 1))" "$LOG/daemon.out" | grep -q 'reloading aborted'; then
            note "reload rejected by the daemon (old config stays active)"
            show_log_tail
            return 1
        fi
        cur=$(program_start) || cur=
        if [[ -n $cur && $cur != "$old" ]]; then
            return 0
        fi
        sleep 0.1
    done
    note "no (new) worker answered on port $PORT within ${API_WAIT_SECONDS}s"
    show_log_tail
    return 1
}

# --- generation ------------------------------------------------------------

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Every icinga2 invocation (CLI too) drops privileges to RunAsUser and writes
# crash reports to LogDir/crash, so all of them run as root with the lab's
# paths. Some derived paths are computed from the compiled-in defaults before
# -D is applied, hence they are pinned explicitly as well.
# Usage: icinga2_lab [DATADIR] -- ARGS...   (with LAB_EXEC=1 set: exec it)
icinga2_lab() {
    local data=$LIB
    if [[ $1 != -- ]]; then data=$1; shift; fi
    shift
    local -a run=()
    [[ -n ${LAB_EXEC:-} ]] && run=(exec)
    ICINGA2_USER=root ICINGA2_GROUP=root "${run[@]}" "$ICINGA2" "$@" \
        -DConfigDir="$ETC" -DZonesDir="$ETC/zones.d" \
        -DDataDir="$data" -DCacheDir="$DIR/cache" -DLogDir="$LOG" \
        -DSpoolDir="$DIR/spool" -DInitRunDir="$DIR/run" \
        -DPidPath="$DIR/run/icinga2.pid" \
        -DStatePath="$data/icinga2.state" \
        -DModAttrPath="$data/modified-attributes.conf" \
        -DObjectsPath="$DIR/cache/icinga2.debug" \
        -DVarsPath="$DIR/cache/icinga2.vars" \
        -DRunAsUser=root -DRunAsGroup=root
}

# `icinga2 pki` keeps its CA in DataDir/ca, and -DDataDir redirects that, so
# the real tool can be used without ever touching /var/lib/icinga2.
make_pki() {
    mkdir -p "$PKI" "$PKI_OTHER" "$LIB/certs" "$LOG"
    icinga2_lab -- pki new-ca >/dev/null
    icinga2_lab -- pki new-cert --cn "$TLS_NAME" \
        --key "$LIB/certs/$TLS_NAME.key" --csr "$PKI/$TLS_NAME.csr" >/dev/null
    icinga2_lab -- pki sign-csr \
        --csr "$PKI/$TLS_NAME.csr" --cert "$LIB/certs/$TLS_NAME.crt" >/dev/null
    cp "$LIB/ca/ca.crt" "$LIB/certs/ca.crt"
    cp "$LIB/ca/ca.crt" "$PKI/ca.crt"

    # An unrelated CA, so tests can check that a wrong trust anchor fails.
    icinga2_lab "$PKI_OTHER" -- pki new-ca >/dev/null
    cp "$PKI_OTHER/ca/ca.crt" "$PKI_OTHER/ca.crt"
}

# Plain object definitions: object bodies are evaluated lazily, so generating
# them from a DSL for-loop cannot see the loop variables.
host_objects() {
    local hv rack vm
    for hv in hv1:r1 hv2:r1 hv3:r2; do
        rack=${hv#*:}
        hv=${hv%:*}
        cat <<EOF
object Host "$hv" {
  import "lab-host"
  vars.role = "hypervisor"
  vars.site = "fra1"
  vars.rack = "$rack"
}
EOF
    done
    for vm in vm1:hv1 vm2:hv1 vm3:hv1 vm4:hv1 vm5:hv2 vm6:hv2 vm7:hv2 vm8:hv3 vm9:hv3 vm10:hv3; do
        hv=${vm#*:}
        vm=${vm%:*}
        cat <<EOF
object Host "$vm" {
  import "lab-host"
  vars.role = "vm"
  vars.site = "fra1"
  vars.hypervisor = "$hv"
$(member_vars "$vm")
}
EOF
    done
}

# Members of the cooperative behind some VMs (MemberDirectory reads these host vars).
member_vars() {
    case $1 in
        vm1) printf '  vars.member = "M-1001"\n  vars.member_name = "Erika Mustermann"\n  vars.member_phone = [ "+49 30 1234567" ]\n  vars.member_email = "erika@example.org"\n  vars.support_tier = "extended-4h"\n  vars.caretaker = "jonas"\n' ;;
        vm2) printf '  vars.member = "M-1002"\n  vars.member_name = "Jürgen Groß"\n  vars.member_phone = "030 7654321"\n  vars.support_tier = "standard"\n' ;;
        vm5) printf '  vars.member = "M-1003"\n  vars.member_name = "Kita Sonnenschein e.V."\n  vars.support_tier = "extended-2h"\n' ;;
    esac
}

# The fake hypervisor tool behind the lab's EventCommands (see write_config).
write_action_script() {
    mkdir -p "$ACTIONS"
    cat >"$ACTIONS/vm-action.sh" <<'EOS'
#!/bin/sh
# Usage: vm-action.sh restart|failover --vm VM --source HOST [--target HOST] [--reason R] [--user U]
dir=$(dirname "$0")
what=$1; shift
vm=; source=; target=; user=
while [ $# -gt 1 ]; do
  case $1 in
    --vm) vm=$2 ;; --source) source=$2 ;; --target) target=$2 ;; --user) user=$2 ;;
  esac
  shift 2
done
delay=$(cat "$dir/delay" 2>/dev/null || echo 1)
echo "start $what $vm $source $target $user $(date +%s.%N)" >>"$dir/actions.log"
sleep "$delay"
if [ -f "$dir/fail-$vm" ]; then
  echo "end-failed $what $vm $(date +%s.%N)" >>"$dir/actions.log"
  cat "$dir/fail-$vm"
  exit 2
fi
echo "end $what $vm $(date +%s.%N)" >>"$dir/actions.log"
if [ "$what" = failover ]; then echo "$vm started on $target"; else echo "$vm rebooted on $source"; fi
EOS
    chmod +x "$ACTIONS/vm-action.sh"
    : >"$ACTIONS/actions.log"
}

write_config() {
    mkdir -p "$ETC/zones.d"
    cat >"$ETC/icinga2.conf" <<EOF
// Generated by tests/lab/icinga2-lab.sh -- do not edit, regenerated on 'start'.
include <itl>

const NodeName = "$TLS_NAME"
const ZoneName = "master"

object Endpoint NodeName { }
object Zone ZoneName { endpoints = [ NodeName ] }

// Certificates come from DataDir/certs/<NodeName>.{crt,key} and ca.crt.
object ApiListener "api" {
  bind_host = "127.0.0.1"
  bind_port = $PORT
  accept_commands = true
  accept_config = false
}

object ApiUser "admin" {
  password = "adminpw"
  permissions = [ "*" ]
}

// May act (execute-command) but not administer: what README asks an administrator to grant.
object ApiUser "operator" {
  password = "operatorpw"
  permissions = [ "objects/query/*", "events/*", "status/query", "actions/*" ]
}

object ApiUser "viewer" {
  password = "viewerpw"
  permissions = [ "objects/query/*", "events/*", "status/query" ]
}

// Everything is passive: tests drive states with process-check-result. The
// checker only runs forced checks ("recheck now"): active checks are disabled,
// so it never overwrites a driven state by itself. A forced check answers with
// the dummy text below, which is how tests see that a recheck really ran.
object CheckerComponent "checker" { }

template Host "lab-host" {
  vars.dummy_text = "Rechecked by the lab checker"
  check_command = "dummy"
  enable_active_checks = false
  enable_passive_checks = true
  enable_flapping = false
  max_check_attempts = 3
  check_interval = 1m
  retry_interval = 30s
}

template Service "lab-service" {
  vars.dummy_text = "Rechecked by the lab checker"
  check_command = "dummy"
  enable_active_checks = false
  enable_passive_checks = true
  enable_flapping = false
  max_check_attempts = 3
  check_interval = 1m
  retry_interval = 30s
}

$(host_objects)

// The desk's VM actions. The script appends to $ACTIONS/actions.log (one line when a command
// starts, one when it ends) so tests can count runs and measure concurrency; a file
// $ACTIONS/fail-<vm> makes the run for that VM fail with its content as output.
template EventCommand "oncall-vm-action" {
  arguments = {
    "--vm" = "\$oncall_vm\$"
    "--source" = "\$oncall_source\$"
    "--target" = "\$oncall_target\$"
    "--reason" = "\$oncall_reason\$"
    "--user" = "\$oncall_user\$"
  }
  timeout = 60s
}

object EventCommand "oncall-vm-restart" {
  import "oncall-vm-action"
  command = [ "$ACTIONS/vm-action.sh", "restart" ]
}

object EventCommand "oncall-vm-failover" {
  import "oncall-vm-action"
  command = [ "$ACTIONS/vm-action.sh", "failover" ]
}

apply Service "ssh" {
  import "lab-service"
  assign where host.vars.role == "vm" || host.vars.role == "hypervisor"
}

apply Service "http" {
  import "lab-service"
  assign where host.vars.role == "vm"
}

apply Service "nextcloud" {
  import "lab-service"
  assign where host.name in [ "vm1", "vm5" ]
}

apply Service "mail" {
  import "lab-service"
  assign where host.name == "vm2"
}

apply Service "temperature" {
  import "lab-service"
  assign where host.vars.role == "hypervisor"
}

// A VM becomes unreachable once its hypervisor is HARD down (ignore_soft_states
// defaults to true). Its services are NOT unreachable through this: 2.13 only
// marks a service unreachable when its own host is in a hard non-UP state.
apply Dependency "hypervisor" to Host {
  parent_host_name = host.vars.hypervisor
  disable_checks = false
  disable_notifications = true
  states = [ Up ]
  assign where host.vars.hypervisor
}
EOF
}

# Pending objects are awkward as a baseline, so the lab starts all green.
seed_results() {
    local -a bodies=(
        '{"type":"Host","filter":"true","exit_status":0,"plugin_output":"UP"}'
        '{"type":"Service","filter":"service.name != \"temperature\"","exit_status":0,"plugin_output":"OK"}'
        '{"type":"Service","filter":"service.name == \"temperature\"","exit_status":0,"plugin_output":"OK - 45 C","performance_data":["temp=45;50;55"]}'
    )
    local body
    for body in "${bodies[@]}"; do
        api -f -X POST "$(api_url /v1/actions/process-check-result)" -d "$body" >/dev/null ||
            { note "seeding check results failed: $body"; return 1; }
    done
}

write_env() {
    local pid=$1
    cat >"$ENVFILE.tmp" <<EOF
ICINGA_URL=https://127.0.0.1:$PORT
ICINGA_CA=$PKI/ca.crt
ICINGA_TLS_NAME=$TLS_NAME
ICINGA_ADMIN_USER=admin
ICINGA_ADMIN_PASSWORD=adminpw
ICINGA_OPERATOR_USER=operator
ICINGA_OPERATOR_PASSWORD=operatorpw
ICINGA_ACTIONS_DIR=$ACTIONS
ICINGA_RO_USER=viewer
ICINGA_RO_PASSWORD=viewerpw
ICINGA_PID=$pid
ICINGA_WRONG_CA=$PKI_OTHER/ca.crt
ICINGA_PORT=$PORT
EOF
    mv "$ENVFILE.tmp" "$ENVFILE"
}

# --- daemon ----------------------------------------------------------------

# Starts the daemon on the existing config/PKI and sets DAEMON_PID.
launch() {
    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
    mkdir -p "$LIB" "$DIR/cache" "$LOG" "$DIR/spool" "$DIR/run"
    # exec, so that $! is the daemon itself (the /usr/sbin/icinga2 wrapper
    # script execs the binary too) and not a subshell around it.
    (LAB_EXEC=1 icinga2_lab -- daemon -c "$ETC/icinga2.conf") </dev/null >>"$LOG/daemon.out" 2>&1 &
    DAEMON_PID=$!
    echo "$DAEMON_PID" >"$PIDFILE"
}

do_start() {
    PORT=${1:-$DEFAULT_PORT}
    if ! [[ $PORT =~ ^[0-9]+$ ]] || ((PORT < 1 || PORT > 65535)); then
        die "bad port '$PORT'"
    fi

    # A leftover lab (e.g. a test run that never reached its teardown) would
    # hold the port and the state, so 'start' always means "fresh lab".
    if running_pid >/dev/null; then
        note "a lab is still running in $DIR, stopping it first"
        do_stop
    fi
    # Fail before the (slow) key generation rather than after it.
    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
    # Only remove what this script creates, in case DIR holds other files.
    rm -rf -- "$ETC" "$LIB" "$PKI" "$PKI_OTHER" "$LOG" "$DIR/cache" "$DIR/spool" \
        "$DIR/run" "$PIDFILE" "$ENVFILE" "$PORTFILE" "$ACTIONS"
    mkdir -p "$DIR" "$LOG"
    echo "$PORT" >"$PORTFILE"

    make_pki
    write_action_script
    write_config
    launch
    wait_api "$DAEMON_PID" || { do_kill; exit 1; }
    seed_results || { show_log_tail; do_kill; exit 1; }
    write_env "$DAEMON_PID"
}

do_restart() {
    [[ -s $PORTFILE && -f $ETC/icinga2.conf ]] ||
        die "no lab in $DIR (run 'start' first)"
    PORT=$(<"$PORTFILE")
    do_stop
    launch
    wait_api "$DAEMON_PID" || { do_kill; exit 1; }
    write_env "$DAEMON_PID"
}

do_reload() {
    local pid old
    pid=$(running_pid) || die "no running lab in $DIR"
    PORT=$(<"$PORTFILE")
    old=$(program_start) || old=
    [[ -n $old ]] || die "API of the running lab does not answer, cannot reload"
    local log_offset
    log_offset=$(stat -c %s "$LOG/daemon.out")
    kill -HUP "$pid"
    wait_api "$pid" "$old" "$log_offset"
}

# --- main ------------------------------------------------------------------

(($# >= 2)) || usage
cmd=$1
set_paths "$2"
case $cmd in
    start)   (($# <= 3)) || usage; do_start "${3:-}" ;;
    stop)    (($# == 2)) || usage; do_stop ;;
    restart) (($# == 2)) || usage; do_restart ;;
    reload)  (($# == 2)) || usage; do_reload ;;
    kill)    (($# == 2)) || usage; do_kill ;;
    *)       usage ;;
esac
