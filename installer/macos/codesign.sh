#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Signs Custos.app for distribution outside the App Store (Developer ID),
# inside out, with the hardened runtime and a secure timestamp, as Apple's
# notary service requires. Called by `cmake --install` (install_rules.cmake)
# after macdeployqt, or by hand:
#   CUSTOS_CODESIGN_IDENTITY="Developer ID Application: Example (TEAMID)" \
#     installer/macos/codesign.sh path/to/Custos.app
# The identity (a certificate and key in the build machine's keychain) comes
# from the environment; nothing secret is in the repository.
set -euo pipefail
APP="${1:?usage: codesign.sh Custos.app}"
IDENTITY="${CUSTOS_CODESIGN_IDENTITY:?set CUSTOS_CODESIGN_IDENTITY to a Developer ID Application identity}"
HERE="$(cd "$(dirname "$0")" && pwd)"
[ -d "$APP/Contents/MacOS" ] || { echo "codesign.sh: $APP is not an app bundle" >&2; exit 1; }

sign() { codesign --force --timestamp --options runtime --sign "$IDENTITY" "$@"; }

# 1. Every library and plugin (frameworks are signed as bundles).
while IFS= read -r -d '' lib; do
  sign "$lib"
done < <(find "$APP/Contents" \( -name "*.dylib" -o -name "*.so" \) -type f -print0)
while IFS= read -r -d '' framework; do
  sign "$framework"
done < <(find "$APP/Contents/Frameworks" -maxdepth 1 -name "*.framework" -type d -print0 2>/dev/null)
# 2. The helper executable, then the app itself with its entitlements.
sign --entitlements "$HERE/entitlements.plist" "$APP/Contents/MacOS/custos-cli"
sign --entitlements "$HERE/entitlements.plist" "$APP"

codesign --verify --deep --strict --verbose=2 "$APP"
echo "codesign.sh: signed $APP as $IDENTITY"
