# Process helpers shared by the lab scripts (sourced). The sourcing script defines PIDFILE and
# is_our_daemon PID (true only for its own daemon: a guard against PID reuse), alive_members
# (the members of the global array TREE still alive and ours) and note.

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

# Waits up to $1 seconds for every process in TREE to be gone.
wait_tree_gone() {
    local deadline=$((SECONDS + $1))
    while [[ -n $(alive_members) ]]; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

kill_tree_now() {
    local p
    for p in $(alive_members); do
        kill -KILL "$p" 2>/dev/null || true
    done
    wait_tree_gone 5 || note "processes survived SIGKILL: $(alive_members | tr '\n' ' ')"
}
