#!/usr/bin/env bash
# Installs every Debian 12 package On-Call Desk needs to build, run and test.
# Idempotent: packages already present are skipped by apt; `apt-get update` runs once per call.
# Usage: packaging/install-deps.sh [--runtime-only]
set -euo pipefail

runtime=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-dialogs
  qml6-module-qtcharts qml6-module-qttest qt6-multimedia-dev
  qtkeychain-qt6-dev libsecret-1-0 libsimdjson-dev libvirt-dev
  fonts-dejavu-core qt6-translations-l10n
)
testing=(
  xvfb xauth dbus dbus-x11 dunst trayer imagemagick gnome-keyring
  icinga2-bin icinga2-common libvirt-clients postgresql-15 poppler-utils curl procps clang-format libnotify-bin clang-14 libclang-rt-14-dev
)

want=("${runtime[@]}")
if [ "${1:-}" != "--runtime-only" ]; then
  want+=("${testing[@]}")
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
