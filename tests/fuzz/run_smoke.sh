#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One fuzz target for a short smoke run (CTest label `fuzz`):
#   run_smoke.sh TARGET SEED_DIR SECONDS
# The seeds are copied so the generated corpus stays as the script made it.
# A missing or empty seed folder is a failure: a smoke run over nothing
# would pass without testing (run scripts/make-fuzz-corpus.sh first).
set -euo pipefail
target=$1 seeds=$2 seconds=$3
if [ ! -d "$seeds" ] || [ -z "$(ls -A "$seeds")" ]; then
  echo "no seed corpus in $seeds: run scripts/make-fuzz-corpus.sh BUILD_DIR" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$seeds/." "$work/"
# Leaks inside Debian's uninstrumented libraries are not ours to fix here.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(cd "$(dirname "$0")/.." && pwd)/sanitizer/lsan.supp}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$work"
out=$("$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
  -print_final_stats=1 "$work" 2>&1) || { echo "$out" | tail -60; exit 1; }
echo "$out" | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|INFO: seed corpus)" || true
echo "$out" | tail -3
