#!/usr/bin/env bash
# The whole test suite from nothing: install, build (warnings are errors),
# run every test. This is what CI runs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" ci
cd "$ROOT"
ctest --preset ci -j "$(nproc)"
