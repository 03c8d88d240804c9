#!/usr/bin/env bash
# From nothing to the demo study: install, build, write the synthetic CT
# study (once) and open it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" release
DEMO="$ROOT/build/demo-study"
if [ ! -f "$DEMO/.complete" ]; then
  "$ROOT/build/release/app/custos-cli" make-demo "$DEMO"
  touch "$DEMO/.complete"
fi
# Until the viewer lands, the CLI prints what the viewer will show.
"$ROOT/build/release/app/custos-cli" info --stats "$DEMO"
