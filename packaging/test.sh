#!/usr/bin/env bash
# Installs every dependency (build, run, test), builds with warnings as errors and runs all tests
# with ctest: unit, qml, integration (a real Icinga 2 started on 127.0.0.1 by tests/lab) and lint.
# Then the whole app is built and its unit, qml and KNotifications tests run in a Debian 13 chroot
# (packaging/trixie-check.sh, cached outside the clone). The benchmarks print their figures
# before the tests; ctest's summary is the last word.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OCD_BUILD_DIR:-build-tests}
packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOCD_WERROR=ON -DOCD_BUILD_TESTS=ON
cmake --build "$build"
echo "== benchmark: feed_bench =="
"$build"/tests/feed_bench
echo "== benchmark: topology_bench and history_bench =="
"$build"/tests/topology_bench
"$build"/tests/history_bench
echo "== benchmark: notify_latency (real Icinga 2 and dunst) =="
tests/bench/run-notify-latency.sh "$build" 40
echo "== Debian 13 (Qt 6.8, KF6 KNotifications): build and unit/qml/KNotifications tests in a chroot =="
packaging/trixie-check.sh
echo "== tests =="
ctest --test-dir "$build" --output-on-failure --timeout 600
