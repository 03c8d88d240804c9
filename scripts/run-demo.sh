#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
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
# The demo's own data folder: demo users (one per role, public passwords,
# codes shown on the sign-in screen) never live beside real accounts.
DATA="$ROOT/build/demo-data"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$ROOT/build/release/app/custos" --demo --data-dir "$DATA" "$DEMO" "$@"
fi
# No display (a server, a container): render the view once and say where it is.
SHOT="$ROOT/build/demo-screenshot.png"
# Signed in as the demo radiologist. The keychain needs a session bus and an
# unlocked keyring: a private one, kept beside the demo.
XDG_DATA_HOME="$ROOT/build/demo-keyring" dbus-run-session -- sh -c 'echo -n demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh \
  xvfb-run -a -s "-screen 0 1280x1024x24" "$ROOT/build/release/app/custos" --demo --data-dir "$DATA" "$DEMO" --screenshot "$SHOT" "$@"
echo "No display found: the viewer rendered the demo study to $SHOT"
