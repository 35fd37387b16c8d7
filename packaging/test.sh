#!/usr/bin/env bash
# Installs every dependency (build, run, test), builds with warnings as errors and runs all tests
# with ctest: unit, qml, integration (a real Icinga 2 started on 127.0.0.1 by tests/lab) and lint.
# The feed benchmark runs first and prints its figures; ctest's summary is the last word.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OCD_BUILD_DIR:-build-tests}
packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOCD_WERROR=ON -DOCD_BUILD_TESTS=ON
cmake --build "$build"
echo "== benchmark: feed_bench =="
"$build"/tests/feed_bench
echo "== benchmark: notify_latency (real Icinga 2 and dunst) =="
tests/bench/run-notify-latency.sh "$build" 40
echo "== tests =="
ctest --test-dir "$build" --output-on-failure --timeout 600
