#!/usr/bin/env bash
# Throw-away PostgreSQL 15 lab for the team-database tests of On-Call Desk.
#
#   postgres-lab.sh start   DIR [PORT]  fresh cluster with role oncall and database oncall_desk, start
#   postgres-lab.sh stop    DIR         fast shutdown (10 s grace, then SIGKILL); 0 if not running
#   postgres-lab.sh restart DIR         stop if running, start again on the same data directory
#   postgres-lab.sh kill9   DIR         SIGKILL the postmaster (a crash), then wait its backends out
#
# Everything lives under DIR (data/, log/, the Unix socket); the system's clusters, /etc/postgresql
# and systemd are never touched. The server listens on 127.0.0.1:PORT only (default 15432); the
# role oncall (password oncallpw, CREATEDB) logs in over TCP with scram-sha-256, the superuser
# postgres only through the socket in DIR. After a successful start/restart DIR/lab.env holds
# shell-sourceable KEY=VALUE lines (PG_HOST, PG_PORT, PG_DB, PG_USER, PG_PASSWORD, PG_PID, ...).
# The postmaster is only ever signalled through the PID this script recorded in DIR/postgres.pid.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the OS user postgres.
set -euo pipefail
# shellcheck source=lab-process.sh
source "$(dirname "${BASH_SOURCE[0]}")/lab-process.sh"

readonly PGBIN=/usr/lib/postgresql/15/bin
readonly DEFAULT_PORT=15432
readonly START_WAIT_SECONDS=30
readonly STOP_WAIT_SECONDS=10
readonly CRASH_WAIT_SECONDS=10
readonly DB_USER=oncall
readonly DB_PASSWORD=oncallpw
readonly DB_NAME=oncall_desk
readonly PG_OS_USER=postgres

die() { echo "postgres-lab: $*" >&2; exit 1; }
note() { echo "postgres-lab: $*" >&2; }

usage() {
    sed -n 's/^#   \(postgres-lab\.sh .*\)$/  \1/p' "$0" >&2
    exit 2
}

# --- paths -----------------------------------------------------------------

set_paths() {
    # Absolute, because the server gets it via -D and lab.env is sourced from anywhere.
    DIR=$(realpath -m -- "$1")
    # lab.env is unquoted KEY=VALUE by contract, and the paths go into postgresql.conf.
    [[ $DIR =~ [[:space:]\'] ]] && die "DIR must not contain whitespace or quotes: '$DIR'"
    DATA=$DIR/data
    LOG=$DIR/log
    PIDFILE=$DIR/postgres.pid
    ENVFILE=$DIR/lab.env
    PORTFILE=$DIR/port
}

# Runs a PostgreSQL tool as the cluster's owner, from DIR (the caller's cwd may be unreadable
# for that user).
as_pg() {
    if ((EUID == 0)); then
        (cd "$DIR" && runuser -u "$PG_OS_USER" -- "$@")
    else
        (cd "$DIR" && "$@")
    fi
}

# --- process handling ------------------------------------------------------

# Start time in clock ticks since boot: with the PID it identifies a process even after the PID
# has been reused.
start_time() {
    sed -E 's/^.*\) //' "/proc/$1/stat" 2>/dev/null | awk '{print $20}'
}

# Guards against PID reuse: only a postgres running on *this* lab's data directory counts.
is_our_daemon() {
    local pid=$1
    pid_alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-D $DATA"
}

# TREE (global array): "pid:starttime" of the postmaster and its children, taken before any
# signal; once the postmaster is gone its backends are re-parented and cannot be found through it.
snapshot_tree() {
    local p
    TREE=()
    for p in "$1" $(descendants "$1"); do
        TREE+=("$p:$(start_time "$p")")
    done
}

alive_members() {
    local m
    for m in "${TREE[@]}"; do
        if pid_alive "${m%%:*}" && [[ $(start_time "${m%%:*}") == "${m#*:}" ]]; then
            echo "${m%%:*}"
        fi
    done
}

do_stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f -- "$PIDFILE"
        return 0
    fi
    snapshot_tree "$pid"
    # SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, a checkpoint is written.
    kill -INT "$pid" 2>/dev/null || true
    if ! wait_tree_gone "$STOP_WAIT_SECONDS"; then
        note "still running ${STOP_WAIT_SECONDS}s after SIGINT, sending SIGKILL:" \
            "$(alive_members | tr '\n' ' ')"
        kill_tree_now
    fi
    rm -f -- "$PIDFILE"
}

do_kill9() {
    local pid
    pid=$(running_pid) || die "no running lab in $DIR"
    snapshot_tree "$pid"
    kill -KILL "$pid"
    # The backends notice that their postmaster died and exit by themselves; whatever is left
    # after that would keep the shared memory busy and make the restart fail.
    if ! wait_tree_gone "$CRASH_WAIT_SECONDS"; then
        note "backends still running ${CRASH_WAIT_SECONDS}s after the postmaster died, sending SIGKILL"
        kill_tree_now
    fi
    note "killed postmaster $pid with SIGKILL"
}

# --- cluster ---------------------------------------------------------------

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

show_log_tail() {
    echo "---- last lines of $LOG/postgres.log ----" >&2
    tail -n 40 "$LOG/postgres.log" >&2 2>/dev/null || true
    echo "----" >&2
}

write_config() {
    cat >>"$DATA/postgresql.conf" <<EOF

# --- postgres-lab.sh ---
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
# The socket is the superuser's way in (trust): only the cluster's owner may use it.
unix_socket_permissions = 0700
password_encryption = scram-sha-256
# The crash tests check that committed transactions survive: keep the defaults that make it so.
fsync = on
synchronous_commit = on
full_page_writes = on
# English server messages, whatever the machine's locale: the desk's tests read them.
lc_messages = 'C'
max_connections = 40
shared_buffers = 16MB
EOF
    cat >"$DATA/pg_hba.conf" <<EOF
# Generated by tests/lab/postgres-lab.sh.
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 trust
host    all       all       127.0.0.1/32   scram-sha-256
EOF
}

# Starts the server on the existing data directory and sets DAEMON_PID.
launch() {
    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
    # After a kill9 the lock files are stale; postgres would take a reused PID in them for a
    # live postmaster. No postmaster runs on this data directory (checked by the callers).
    rm -f -- "$DATA/postmaster.pid" "$DIR/.s.PGSQL.$PORT.lock"
    if ! as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG/postgres.log" -w -t "$START_WAIT_SECONDS" -s start; then
        note "pg_ctl start failed"
        show_log_tail
        return 1
    fi
    DAEMON_PID=$(head -n1 "$DATA/postmaster.pid")
    is_our_daemon "$DAEMON_PID" || { note "postmaster.pid names $DAEMON_PID, not our server"; return 1; }
    echo "$DAEMON_PID" >"$PIDFILE"
    local deadline=$((SECONDS + START_WAIT_SECONDS))
    until "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2; do
        if ((SECONDS >= deadline)) || ! pid_alive "$DAEMON_PID"; then
            note "the server does not answer on 127.0.0.1:$PORT"
            show_log_tail
            return 1
        fi
        sleep 0.1
    done
}

psql_admin() {
    as_pg "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres "$@"
}

write_env() {
    cat >"$ENVFILE.tmp" <<EOF
PG_HOST=127.0.0.1
PG_PORT=$PORT
PG_DB=$DB_NAME
PG_USER=$DB_USER
PG_PASSWORD=$DB_PASSWORD
PG_PID=$1
PG_SOCKET_DIR=$DIR
PG_BIN=$PGBIN
EOF
    mv "$ENVFILE.tmp" "$ENVFILE"
}

do_start() {
    PORT=${1:-$DEFAULT_PORT}
    if ! [[ $PORT =~ ^[0-9]+$ ]] || ((PORT < 1 || PORT > 65535)); then
        die "bad port '$PORT'"
    fi
    [[ -x $PGBIN/postgres ]] || die "PostgreSQL 15 is not installed ($PGBIN/postgres); see packaging/install-deps.sh"

    # A leftover lab (a run that never reached its teardown) would hold the port and the data,
    # so 'start' always means "fresh cluster".
    if running_pid >/dev/null; then
        note "a lab is still running in $DIR, stopping it first"
        do_stop
    fi
    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
    # Only what this script creates, in case DIR holds other files.
    rm -rf -- "$DATA" "$LOG" "$PIDFILE" "$ENVFILE" "$PORTFILE"
    mkdir -p "$DIR" "$LOG"
    echo "$PORT" >"$PORTFILE"
    if ((EUID == 0)); then
        chown "$PG_OS_USER:" "$DIR" "$LOG"
        runuser -u "$PG_OS_USER" -- test -w "$DIR" ||
            die "the OS user $PG_OS_USER cannot reach $DIR (a parent folder is not searchable for it)"
    fi

    as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -E UTF8 --no-locale --auth-local=trust \
        --auth-host=scram-sha-256 >"$LOG/initdb.log" 2>&1 ||
        { cat "$LOG/initdb.log" >&2; die "initdb failed"; }
    write_config
    launch || { do_stop; exit 1; }
    psql_admin -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'" \
        -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" || { do_stop; die "creating role and database failed"; }
    write_env "$DAEMON_PID"
}

do_restart() {
    [[ -s $PORTFILE && -f $DATA/PG_VERSION ]] || die "no lab in $DIR (run 'start' first)"
    PORT=$(<"$PORTFILE")
    do_stop
    launch || { do_stop; exit 1; }
    write_env "$DAEMON_PID"
}

# --- main ------------------------------------------------------------------

(($# >= 2)) || usage
cmd=$1
set_paths "$2"
case $cmd in
    start)   (($# <= 3)) || usage; do_start "${3:-}" ;;
    stop)    (($# == 2)) || usage; do_stop ;;
    restart) (($# == 2)) || usage; do_restart ;;
    kill9)   (($# == 2)) || usage; do_kill9 ;;
    *)       usage ;;
esac
