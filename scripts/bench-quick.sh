#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every benchmark once in quick mode (small data, one repetition), so they
# cannot silently rot: each must exit 0 and print a figure in every section
# (no "n/a", no failed run in its report on stdout; stderr is progress and is
# shown only when something failed). A reader's documented limit is printed
# as "unsupported, as expected: ..." and is not a failure (VTK's
# vtkDICOMImageReader reads uncompressed files only). Slowness never fails it;
# the figures of a quick run mean nothing. CI's `bench` stage (scripts/test.sh).
#   scripts/bench-quick.sh [BUILD_DIR]   (default build/ci)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build/ci}"
B="$BUILD/tests/bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

check() { # check NAME REPORT STDERR EXIT_CODE
  local name=$1 log=$2 err=$3 rc=$4 bad
  # Whole words only, and the scratch folder's random name taken out first:
  # a mktemp name like /tmp/tmp.xyzFEN/ai once read as "n/a" and failed CI.
  bad=$(sed "s|$work|WORK|g" "$log" | grep -niwE 'n/a|failed|errors?|timed out' | grep -v 'errors: 0' | grep -v 'unsupported, as expected: ' || true)
  if [ "$rc" -ne 0 ] || [ -n "$bad" ] || ! grep -qE '[0-9]' "$log"; then
    echo "FAIL $name (exit $rc)"
    [ -n "$bad" ] && echo "$bad" | sed 's/^/    /'
    tail -20 "$log" | sed 's/^/    | /'
    tail -20 "$err" | sed 's/^/    ! /'
    failed=1
  else
    echo "ok   $name ($(grep -cE '[0-9]' "$log") lines with figures)"
  fi
}

run() { # run NAME CMD...
  local name=$1; shift
  "$@" >"$work/$name.out" 2>"$work/$name.err"
  check "$name" "$work/$name.out" "$work/$name.err" $?
}

run custos-bench-load "$B/custos-bench-load" --slices 20 --size 64 --repeat 1 --work "$work/load"
run custos-bench-security "$B/custos-bench-security" --quick "$work/security"
run custos-bench-service "$B/custos-bench-service" --seconds 1 --dir "$work"
run custos-bench-ai "$B/custos-bench-ai" --slices 20 --size 64 --segments 3 --dir "$work/ai"
run custos-bench-pacs "$B/custos-bench-pacs" --quick --work "$work/pacs"
run custos-bench-viewport xvfb-run -a -s "-screen 0 1280x1100x24" "$B/custos-bench-viewport" --slices 20 --size 64 \
  --frames 10 --warmup 2 --rounds 1 --app-runs 1 --work "$work/viewport" --custos "$BUILD/app/custos"
run custos-bench-marks "$B/custos-bench-marks" --slices 10 --size 64 --repeat 1
run custos-bench-volume xvfb-run -a -s "-screen 0 1280x1100x24" "$B/custos-bench-volume" --slices 20 --size 64 \
  --px 256 --frames 4 --full 1 --work "$work/volume"
exit $failed
