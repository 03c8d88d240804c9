#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Puts a site policy where Custos reads it on macOS, owned by root and not
# writable by users (Custos refuses anything else). For Jamf ("Files and
# Processes" or a script payload) or any MDM that runs scripts as root:
#   sudo installer/macos/install-policy.sh /path/to/policy.json
# The policy is checked with the installed custos-cli first; a bad one is
# not installed and the script exits non-zero, so the MDM reports it.
set -euo pipefail
SOURCE="${1:?usage: install-policy.sh policy.json}"
CLI="${CUSTOS_CLI:-/Applications/Custos.app/Contents/MacOS/custos-cli}"
DIR="/Library/Application Support/Custos"
[ "$(id -u)" -eq 0 ] || { echo "install-policy.sh: run as root" >&2; exit 1; }
"$CLI" policy validate "$SOURCE"
install -d -o root -g wheel -m 0755 "$DIR"
install -o root -g wheel -m 0644 "$SOURCE" "$DIR/policy.json.new"
mv -f "$DIR/policy.json.new" "$DIR/policy.json"
echo "install-policy.sh: $DIR/policy.json installed"
