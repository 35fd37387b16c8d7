#!/usr/bin/env bash
# Builds the perfdata libFuzzer target with clang++-14 (ASan + UBSan, every finding fatal) into a
# temporary directory and runs it for a bounded number of inputs over a copy of the seed corpus, so
# the checked-in corpus never grows by itself. Separate from CMake because CI builds with g++.
# Exit status: 0 when nothing was found; otherwise libFuzzer's, and the reproducer is kept (path
# printed). Replay one with: <kept dir>/perfdata_fuzz <crash file>
# Usage: tests/fuzz/run-fuzz.sh [more libFuzzer options, e.g. -runs=5000000 or -max_total_time=600]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=${OCD_FUZZ_CXX:-clang++-14}

# Qt's headers as system headers, so -Werror judges only our code.
if qt=$(pkg-config --cflags --libs Qt6Core 2>/dev/null); then
    qt=${qt//-I/-isystem }
else
    qt="-isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -lQt6Core"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ocd-fuzz.XXXXXX")
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$work"' EXIT

start=$(date +%s)
# shellcheck disable=SC2086 # $qt is a list of flags
"$cxx" -std=c++17 -g -O1 -fPIC -Wall -Wextra -Werror \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -I"$root/app" "$here/perfdata_fuzz.cpp" "$root/app/core/Perfdata.cpp" $qt -o "$work/perfdata_fuzz"
echo "run-fuzz: built in $(($(date +%s) - start)) s"

cp -r "$here/corpus/perfdata" "$work/corpus"
# ASan's default 256 MB quarantine alone made the run peak at ~550 MB RSS; 32 MB keeps it ~100 MB.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=32}
start=$(date +%s)
status=0
(cd "$work" && ./perfdata_fuzz -runs=200000 -max_len=4096 -timeout=10 -print_final_stats=1 \
    -dict="$here/perfdata.dict" -artifact_prefix="$work/" "$@" corpus) || status=$?
echo "run-fuzz: fuzzed in $(($(date +%s) - start)) s, status $status"
if [ "$status" -ne 0 ]; then
    keep=1
    echo "run-fuzz: FOUND SOMETHING; binary and reproducer kept in $work:" >&2
    ls -l "$work" >&2
fi
exit "$status"
