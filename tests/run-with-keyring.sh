#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with an unlocked
# gnome-keyring, so QtKeychain talks to a real Secret Service. HOME (and the
# keyring files) are a throw-away folder, removed afterwards.
set -euo pipefail
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CONFIG_HOME="$tmp/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  echo -n "custos-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' custos-keyring "$@"
