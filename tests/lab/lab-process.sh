# Process helpers shared by the lab scripts (sourced). The sourcing script defines PIDFILE and
# is_our_daemon PID (true only for its own daemon: a guard against PID reuse).

# A zombie still has a /proc entry, so kill -0 alone would report it alive.
pid_alive() {
    local pid=$1 state
    [[ -r /proc/$pid/stat ]] || return 1
    state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
    [[ $state != Z ]]
}

recorded_pid() {
    [[ -s $PIDFILE ]] || return 1
    local pid
    pid=$(<"$PIDFILE")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    echo "$pid"
}

running_pid() {
    local pid
    pid=$(recorded_pid) || return 1
    is_our_daemon "$pid" || return 1
    echo "$pid"
}

descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$child"
        descendants "$child"
    done
}
