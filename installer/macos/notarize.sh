#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Signs the DMG, sends it to Apple's notary service, waits for the verdict
# and staples the ticket, so Gatekeeper opens it on machines without network.
#   CUSTOS_CODESIGN_IDENTITY="Developer ID Application: Example (TEAMID)" \
#   CUSTOS_NOTARY_PROFILE=custos-notary \
#     installer/macos/notarize.sh build/macos/Custos-0.1.0-Darwin.dmg
# CUSTOS_NOTARY_PROFILE names credentials stored once in the build machine's
# keychain with:
#   xcrun notarytool store-credentials custos-notary --apple-id ID --team-id TEAMID
# (it prompts for an app-specific password). Nothing secret is in the repository.
set -euo pipefail
DMG="${1:?usage: notarize.sh Custos.dmg}"
IDENTITY="${CUSTOS_CODESIGN_IDENTITY:?set CUSTOS_CODESIGN_IDENTITY to a Developer ID Application identity}"
PROFILE="${CUSTOS_NOTARY_PROFILE:?set CUSTOS_NOTARY_PROFILE to a notarytool keychain profile}"
[ -f "$DMG" ] || { echo "notarize.sh: $DMG does not exist" >&2; exit 1; }

codesign --force --timestamp --sign "$IDENTITY" "$DMG"
xcrun notarytool submit "$DMG" --keychain-profile "$PROFILE" --wait --timeout 1h
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
echo "notarize.sh: $DMG is notarized and stapled"
