#!/usr/bin/env bash
# Builds On-Call Desk with warnings as errors and runs its tests inside a Debian 13 (trixie)
# chroot: Qt 6.8, g++ 14 and KF6 Notifications, none of which Debian 12 has. Run as root.
#
# The chroot tree is made once (debootstrap + apt) and kept as a zstd tarball outside the git
# clone, named after a hash of the package list below; later runs restore it in seconds. Every
# run starts from that clean tree, so nothing from an earlier build leaks into this one. The
# source tree is bind-mounted read-only at /src; the build lives in /build inside the chroot.
#
# Usage: packaging/trixie-check.sh
# Environment:
#   OCD_CHROOT_DIR     work dir (default /var/tmp/oncall-desk-trixie); the chroot is its root/
#   OCD_CHROOT_CACHE   tarball cache dir (default /var/cache/oncall-desk)
#   OCD_TRIXIE_LABELS  ctest label regex (default "unit|qml|trixie"; Icinga integration tests
#                      need a server the chroot does not run)
#   OCD_TRIXIE_MIRROR  Debian mirror URL (default: the one this host's apt uses for its release)
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd -P)
work=${OCD_CHROOT_DIR:-/var/tmp/oncall-desk-trixie}
cache=${OCD_CHROOT_CACHE:-/var/cache/oncall-desk}
labels=${OCD_TRIXIE_LABELS:-unit|qml|trixie}

# Build and test packages, installed with --no-install-recommends (QML modules one by one: the
# -dev packages do not pull them in). Changing this list changes the cache name, so the next
# run makes a new tree.
packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtcharts
  qml6-module-qttest qt6-multimedia-dev
  qtkeychain-qt6-dev libsecret-1-0 libsimdjson-dev libkf6notifications-dev libvirt-dev
  fonts-dejavu-core xvfb xauth dbus dbus-x11 dunst libnotify-bin clang-format
)
# Bump when the way the tree is made changes (not only its package list).
recipe=1

if [ "$(id -u)" -ne 0 ]; then
  echo "trixie-check: must run as root (debootstrap, chroot, mount)" >&2
  exit 2
fi

mkdir -p "$work" "$cache"
work=$(realpath "$work")
root=$work/root
logs=$work/logs

# ---- timing: each phase prints its start; the summary at exit lists every duration ----------
now_ms() { echo $(($(date +%s%N) / 1000000)); }
fmt_ms() { printf '%d.%d s' $(($1 / 1000)) $(($1 % 1000 / 100)); }
t_start=$(now_ms)
phase_name=""
phase_t=0
summary=()
phase() {
  local t
  t=$(now_ms)
  if [ -n "$phase_name" ]; then
    summary+=("$(printf '  %-26s %s' "$phase_name" "$(fmt_ms $((t - phase_t)))")")
  fi
  phase_name=$1
  phase_t=$t
  [ -z "$1" ] || printf '\n== trixie-check [%s] %s ==\n' "$(fmt_ms $((t - t_start)))" "$1"
}

# Runs a noisy command with its output in a log; shows the log's tail only when it fails.
quietly() {
  local log=$logs/$1
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "trixie-check: failed: $* (last lines of $log:)" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
}

# A clean environment inside: nothing from the caller's session (DISPLAY, D-Bus, Qt variables).
# Started in the background and waited for, because bash runs a signal's trap only after a
# foreground child ends: this way a TERM to this script cleans up at once (on_exit kills what
# runs inside). Background jobs get INT/QUIT ignored; reset them so tests see normal signals.
in_chroot() {
  (
    trap - INT QUIT
    exec chroot "$root" /usr/bin/env -i \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive "$@"
  ) &
  wait "$!"
}

# ---- mounts and processes --------------------------------------------------------------------
# PIDs of processes whose root directory is the chroot (found by /proc/*/root, never by name).
chroot_pids() {
  local p r
  for p in /proc/[0-9]*; do
    r=$(readlink "$p/root" 2>/dev/null) || continue
    case $r in "$root" | "$root"/* | "$root (deleted)") echo "${p#/proc/}" ;; esac
  done
}

# Mount points at or below the chroot, deepest first (reverse order unmounts children first).
# Not the work dir itself: that may be a tmpfs the caller mounted on purpose.
mounts_below() {
  awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

stop_chroot_processes() {
  local pids sig
  for sig in TERM KILL; do
    mapfile -t pids < <(chroot_pids)
    [ "${#pids[@]}" -gt 0 ] || return 0
    echo "trixie-check: SIG$sig to processes left in the chroot: ${pids[*]}" >&2
    kill -s "$sig" "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 50); do # up to 5 s for them to go
      [ -n "$(chroot_pids)" ] || return 0
      sleep 0.1
    done
  done
  echo "trixie-check: processes still in the chroot: $(chroot_pids | tr '\n' ' ')" >&2
}

# Waits for the chroot to be empty of processes, then unmounts all below it. A mount
# that stays busy is detached lazily so that none is left behind in the mount table.
unmount_all() {
  local m
  stop_chroot_processes
  for _ in 1 2 3; do # the same point can be mounted twice (stacked); repeat until none left
    while read -r m; do
      [ -n "$m" ] || continue
      umount "$m" 2>/dev/null || umount -l "$m" || true
    done < <(mounts_below)
    [ -n "$(mounts_below)" ] || return 0
  done
  echo "trixie-check: ERROR: still mounted: $(mounts_below | tr '\n' ' ')" >&2
  return 1
}

mount_api() {
  local d
  for d in proc sys dev dev/pts dev/shm; do
    mkdir -p "$root/$d"
    mount --bind "/$d" "$root/$d"
  done
}

on_exit() {
  local rc=$? mrc=0
  set +e
  phase "unmount"
  unmount_all || mrc=1
  phase ""
  [ "$rc" -ne 0 ] || rc=$mrc
  echo
  echo "== trixie-check summary =="
  printf '%s\n' "${summary[@]}"
  printf '  %-26s %s\n' "total" "$(fmt_ms $(($(now_ms) - t_start)))"
  if [ "$rc" -eq 0 ]; then echo "trixie-check: OK"; else echo "trixie-check: FAILED (exit $rc)"; fi
  exit "$rc"
}

# ---- host tools ------------------------------------------------------------------------------
phase "host tools"
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v zstd >/dev/null || need+=(zstd)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing on the host: ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# The mirror this host's apt uses for its own release (one-line .list or deb822 .sources).
host_mirror() {
  local codename
  # shellcheck source=/dev/null
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      sed -E 's/\[[^]]*\]//' |
      awk -v c="$codename" '$1 == "deb" && $3 == c { print $2 }'
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
      awk -v c="$codename" 'BEGIN { RS = "" }
        { uri = ""; ok = 0
          n = split($0, l, "\n")
          for (i = 1; i <= n; i++) {
            if (l[i] ~ /^URIs:/) { split(l[i], f, " "); uri = f[2] }
            if (l[i] ~ /^Suites:/) { k = split(l[i], f, " "); for (j = 2; j <= k; j++) if (f[j] == c) ok = 1 }
          }
          if (ok && uri != "") print uri }'
  } | head -n 1
}
mirror=${OCD_TRIXIE_MIRROR:-$(host_mirror)}
if [ -z "$mirror" ]; then
  echo "trixie-check: no Debian mirror found in /etc/apt/sources.list*; set OCD_TRIXIE_MIRROR" >&2
  exit 2
fi

hash=$(printf '%s\n' "recipe=$recipe" "${packages[@]}" | sha256sum | cut -c1-12)
tarball=$cache/trixie-$hash.tar.zst
echo "source:  $src"
echo "chroot:  $root"
echo "cache:   $tarball"
echo "mirror:  $mirror"
echo "labels:  $labels"

# One run at a time per work dir: two would unmount and delete each other's tree.
exec 9>"$work/lock"
if ! flock -n 9; then
  echo "trixie-check: another run holds $work/lock" >&2
  exit 2
fi

# An earlier run killed hard may have left processes or mounts: clear them before deleting,
# and never let rm cross into a mount (it would delete the host's /dev or the source tree).
phase "clean old tree"
unmount_all
rm -rf --one-file-system "$root" "$logs"
mkdir -p "$logs"
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -f "$tarball" ]; then
  phase "restore from cache"
  mkdir "$root"
  if ! zstd -dc -q "$tarball" | tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -xpf -; then
    echo "trixie-check: cannot restore $tarball; delete it to make the tree anew" >&2
    exit 1
  fi
else
  phase "debootstrap trixie"
  quietly debootstrap.log debootstrap --variant=minbase trixie "$root" "$mirror"

  phase "apt-get install"
  mount_api
  # Package scripts must not start daemons (dbus) inside the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  quietly apt-update.log in_chroot apt-get update
  # Every name must have a candidate in trixie: a renamed package should fail here, by name.
  missing=()
  for p in "${packages[@]}"; do
    policy=$(in_chroot apt-cache policy "$p" 2>/dev/null)
    grep -q '^  Candidate: [^(]' <<<"$policy" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "trixie-check: no candidate in trixie for: ${missing[*]}" >&2
    exit 1
  fi
  quietly apt-install.log in_chroot apt-get install -y --no-install-recommends "${packages[@]}"
  in_chroot apt-get clean
  # D-Bus (dbus-run-session, dunst, KNotifications tests) needs a machine id.
  in_chroot dbus-uuidgen --ensure=/etc/machine-id

  phase "save cache"
  unmount_all # the tarball must hold the tree, not the host's /proc or /dev
  rm -f "$cache"/trixie-*.tar.zst.tmp.*
  tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -cf - . |
    zstd -q -T0 -3 -o "$tarball.tmp.$$"
  mv "$tarball.tmp.$$" "$tarball"
  # Older package lists' trees are stale; each is some 400 MB.
  find "$cache" -maxdepth 1 -name 'trixie-*.tar.zst' ! -name "trixie-$hash.tar.zst" -print -delete
  echo "saved $(du -h "$tarball" | cut -f1) to $tarball"
fi

phase "mount"
mount_api
mkdir -p "$root/src"
mount --bind "$src" "$root/src"
# Read-only: the build must not write into the source tree (and cannot harm the clone).
mount -o remount,bind,ro "$root/src"
echo "Debian $(cat "$root/etc/debian_version")"
# shellcheck disable=SC2016 # dpkg-query's own format fields, not shell expansions
in_chroot dpkg-query -W -f='  ${Package} ${Version}\n' qt6-base-dev libkf6notifications-dev g++ cmake

phase "configure"
in_chroot cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOCD_WERROR=ON \
  -DOCD_BUILD_TESTS=ON

phase "build"
in_chroot cmake --build /build

phase "test"
in_chroot ctest --test-dir /build --output-on-failure --no-tests=error --timeout 600 -L "$labels"
