#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite from nothing: install, build (warnings are errors),
# run every test. This is what CI runs (.ci/run), stage by stage:
#   setup       packages and test data (scripts/setup.sh)
#   build       the ci preset, everything
#   test        ctest --preset ci (every test, in parallel)
#   bench       every benchmark once in quick mode (scripts/bench-quick.sh):
#               each section must print a figure; slowness never fails it
#   sanitizers  the asan preset (-fsanitize=address,undefined, -O1): the tests
#               in ASAN_TESTS (and custos-cli, custosd) built once and run with
#               leak detection (ctest --preset asan; what stays out and why:
#               docs/sanitizers.md)
#   fuzz        the fuzz preset: libFuzzer targets, generated seeds, ~10 s each
# `scripts/test.sh --quick` skips the sanitizer and fuzz stages (day-to-day work);
# `scripts/test.sh --sanitize-all` runs the whole suite in the sanitizer stage
# (CI runs the 36 tests listed in ASAN_TESTS below: the whole suite does not
# fit the stage's budget).
# The time of each stage is printed at the end (and kept in build/stage-times.txt).
# CI's budget (issue 15): sanitizers <= 20 min, fuzz <= 5 min.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
QUICK=0
SANITIZE_ALL=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --sanitize-all) SANITIZE_ALL=1 ;;
    *) echo "usage: scripts/test.sh [--quick] [--sanitize-all]" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
mkdir -p build
TIMES="$ROOT/build/stage-times.txt"
: >"$TIMES"

stage() { # stage NAME COMMAND...
  local name=$1; shift
  local start=$SECONDS
  echo "=== stage $name"
  "$@"
  local took=$((SECONDS - start))
  printf '%-10s %4d s (%d min %02d s)\n' "$name" "$took" $((took / 60)) $((took % 60)) | tee -a "$TIMES"
}

# What CI's sanitizer stage builds and runs (docs/sanitizers.md has the
# measured times and what stays out and why): the core, service, security
# and CLI tests that fit the stage's 20 minutes. The whole suite did run
# under the sanitizers (7 Dec 2026), but built whole and run whole it takes
# about 30 minutes on CI's machine; the AI and de-identification tests, the
# CLI compliance test and everything that starts the viewer stay out.
# `scripts/test.sh --sanitize-all` builds everything and runs the whole suite.
ASAN_TESTS=(tst_series_sorter tst_crypto tst_hostile_input tst_audit_log tst_study_cache
  tst_totp tst_auth_hostile tst_session tst_guard tst_service_trail tst_policy_hostile
  tst_keychain tst_policy_loader tst_break_glass_training tst_syslog_forwarder
  tst_crash_consistency
  tst_parallel tst_windowing tst_dicom_reading tst_oidc tst_oidc_provider tst_local_accounts
  tst_ai_hostile tst_pacs tst_multipart_parser tst_service_compliance tst_export_writers
  tst_export_request tst_study_access tst_governance
  tst_cli_info tst_cli_login tst_cli_export tst_cli_hostile tst_cli_pacs
  tst_sanitizer_preload)

sanitizer_stage() {
  cmake --preset asan >/dev/null
  if [ "$SANITIZE_ALL" -eq 1 ]; then
    cmake --build --preset asan -j "$(nproc)"
    ctest --preset asan -j "$(nproc)"
  else
    cmake --build --preset asan -j "$(nproc)" --target "${ASAN_TESTS[@]}" custos-cli custosd
    local names
    names=$(IFS='|'; echo "${ASAN_TESTS[*]}")
    ctest --preset asan -j "$(nproc)" -R "^(${names})\$"
  fi
}

fuzz_stage() {
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$(nproc)" --target fuzzers
  CUSTOS_CLI="$ROOT/build/ci/app/custos-cli" "$ROOT/scripts/make-fuzz-corpus.sh" "$ROOT/build/fuzz/fuzz-corpus"
  ctest --preset fuzz -j "$(nproc)"
}

stage setup "$ROOT/scripts/setup.sh"
stage build "$ROOT/scripts/build.sh" ci
stage test ctest --preset ci -j "$(nproc)"
stage bench "$ROOT/scripts/bench-quick.sh" "$ROOT/build/ci"
if [ "$QUICK" -eq 0 ]; then
  stage sanitizers sanitizer_stage
  stage fuzz fuzz_stage
fi
echo "=== stage times"
cat "$TIMES"
