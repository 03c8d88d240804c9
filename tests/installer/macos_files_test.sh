#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_macos_files: what can be checked of the macOS packaging without a
# Mac. The Info.plist template, filled in as CMake fills it, and the
# entitlements parse as property lists with the keys Gatekeeper and
# LaunchServices need; the example configuration profile is a valid
# system-scope profile whose policy custos-cli accepts; the signing,
# notarization and policy scripts are valid shell. (Signing, notarizing and
# running the bundle need macOS and Apple credentials: not tested here.)
# usage: macos_files_test.sh SOURCE_DIR CUSTOS_CLI VERSION
set -euo pipefail
SRC="$1"; CLI="$2"; VERSION="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for s in codesign.sh notarize.sh install-policy.sh; do
  bash -n "$SRC/installer/macos/$s"
  [ -x "$SRC/installer/macos/$s" ] || { echo "FAIL: $s is not executable" >&2; exit 1; }
done
echo "ok: codesign.sh, notarize.sh, install-policy.sh parse"
python3 - "$SRC" "$VERSION" "$work" <<'PY'
import json, plistlib, re, sys, uuid
src, version, work = sys.argv[1:4]
text = open(f"{src}/resources/macos/Info.plist.in").read()
values = {"MACOSX_BUNDLE_EXECUTABLE_NAME": "Custos", "MACOSX_BUNDLE_GUI_IDENTIFIER": "com.custos.viewer",
          "MACOSX_BUNDLE_ICON_FILE": "custos.icns", "MACOSX_BUNDLE_SHORT_VERSION_STRING": version,
          "MACOSX_BUNDLE_BUNDLE_VERSION": version, "CMAKE_OSX_DEPLOYMENT_TARGET": "12.0"}
left = set(re.findall(r"@([A-Z_]+)@", text)) - set(values)
assert not left, f"Info.plist.in uses variables CMake does not set here: {left}"
for k, v in values.items():
    text = text.replace(f"@{k}@", v)
info = plistlib.loads(text.encode())
assert info["CFBundleIdentifier"] == "com.custos.viewer"
assert info["CFBundleExecutable"] == "Custos" and info["CFBundlePackageType"] == "APPL"
assert info["CFBundleShortVersionString"] == version and info["NSHighResolutionCapable"] is True
assert {"de", "fr"} <= set(info["CFBundleLocalizations"])
print("ok: Info.plist.in fills in to a valid Info.plist")
assert plistlib.load(open(f"{src}/installer/macos/entitlements.plist", "rb")) == {}, "entitlements grant exceptions"
print("ok: entitlements.plist: hardened runtime without exceptions")
profile = plistlib.load(open(f"{src}/installer/macos/com.custos.viewer.mobileconfig", "rb"))
assert profile["PayloadType"] == "Configuration" and profile["PayloadScope"] == "System"
payloads = profile["PayloadContent"]
assert len(payloads) == 1 and payloads[0]["PayloadType"] == "com.custos.viewer"
uuids = [profile["PayloadUUID"]] + [p["PayloadUUID"] for p in payloads]
assert len(set(uuids)) == len(uuids) and all(uuid.UUID(u) for u in uuids)
json.loads(payloads[0]["PolicyJSON"])
open(f"{work}/profile-policy.json", "w").write(payloads[0]["PolicyJSON"])
print("ok: com.custos.viewer.mobileconfig is a system-scope profile for com.custos.viewer")
PY
"$CLI" policy validate "$work/profile-policy.json" >"$work/validate.log" 2>&1 \
  || { cat "$work/validate.log"; echo "FAIL: the profile's PolicyJSON is not a valid site policy" >&2; exit 1; }
echo "ok: the profile's PolicyJSON passes custos-cli policy validate"
echo "installer_macos_files: all checks passed"
