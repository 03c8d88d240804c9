#!/usr/bin/env bash
# From nothing to the demo study on screen: install, build, write the
# synthetic CT study (once) and open it in the viewer.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" release
DEMO="$ROOT/build/demo-study"
if [ ! -f "$DEMO/.complete" ]; then
  "$ROOT/build/release/app/custos-cli" make-demo "$DEMO"
  touch "$DEMO/.complete"
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$ROOT/build/release/app/custos" "$DEMO" "$@"
fi
# No display (a server, a container): render the view once and say where it is.
SHOT="$ROOT/build/demo-screenshot.png"
xvfb-run -a -s "-screen 0 1280x1024x24" "$ROOT/build/release/app/custos" "$DEMO" --screenshot "$SHOT" "$@"
echo "No display found: the viewer rendered the demo study to $SHOT"
