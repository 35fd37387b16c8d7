#!/usr/bin/env bash
# Installs what On-Call Desk needs, builds it and starts it. With no Icinga 2 configured it opens
# the built-in demo data center. Extra arguments go to the app, e.g. --lang de or --demo.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --runtime-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOCD_BUILD_TESTS=OFF
cmake --build build --target oncall-desk
exec build/app/oncall-desk "$@"
