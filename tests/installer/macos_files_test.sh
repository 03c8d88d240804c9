#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_macos_files: what can be checked of the macOS packaging without a
# Mac. The Info.plist template, filled in as CMake fills it, and the
# entitlements parse as property lists with the keys Gatekeeper and
# LaunchServices need; custosd's LaunchDaemon is a valid launchd plist
# (plistlib standing in for plutil -lint) that runs it as _custos with the
# state folder and socket that the client code and install-service.sh use; the example configuration profile is a valid
# system-scope profile whose policy custos-cli accepts; the signing,
# notarization and policy scripts are valid shell. (Signing, notarizing and
# running the bundle need macOS and Apple credentials: not tested here.)
# usage: macos_files_test.sh SOURCE_DIR CUSTOS_CLI VERSION
set -euo pipefail
SRC="$1"; CLI="$2"; VERSION="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for s in codesign.sh notarize.sh install-policy.sh install-service.sh; do
  bash -n "$SRC/installer/macos/$s"
  [ -x "$SRC/installer/macos/$s" ] || { echo "FAIL: $s is not executable" >&2; exit 1; }
done
echo "ok: codesign.sh, notarize.sh, install-policy.sh, install-service.sh parse"
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

# custosd's LaunchDaemon: what plutil -lint and launchd would refuse, and
# what must agree with the client code and install-service.sh.
import os, re, shlex, xml.dom.minidom
path = f"{src}/installer/macos/com.custos.custosd.plist"
raw = open(path, "rb").read()
assert b"<!DOCTYPE plist" in raw, "not an XML property list"
xml.dom.minidom.parseString(raw)  # well-formed
d = plistlib.loads(raw)
types = {"Label": str, "ProgramArguments": list, "UserName": str, "GroupName": str, "Umask": int, "RunAtLoad": bool,
         "KeepAlive": bool, "ThrottleInterval": int, "ProcessType": str, "ExitTimeOut": int}
for k, v in d.items():
    assert k in types, f"launchd key {k} is not one this test knows: check it and add it"
    assert isinstance(v, types[k]) and not (types[k] is int and isinstance(v, bool)), f"{k} has the wrong type"
label = d["Label"]
assert label == os.path.basename(path)[:-len(".plist")], "Label must match the file name launchd loads it by"
assert label.startswith("com.custos."), "Label outside the product's identifier family (com.custos.viewer)"
assert d["UserName"] == "_custos" and d["GroupName"] == "_custos", "custosd must not run as root or a person"
assert d["RunAtLoad"] is True and d["KeepAlive"] is True, "custosd must start at boot and be restarted"
assert d["Umask"] == 0o077, "the service writes nothing for anyone else"
assert d["ProcessType"] in ("Standard", "Interactive"), "Background/Adaptive would throttle the durable appends"
args = d["ProgramArguments"]
assert args[0] == "/Applications/Custos.app/Contents/MacOS/custosd"
opts = dict(zip(args[2::2], args[3::2]))
assert args[1] == "--foreground" and set(opts) == {"--state-dir", "--socket"}, args
assert opts["--state-dir"] == "/Library/Application Support/Custos/service", "the issue's macOS state folder"
header = open(f"{src}/core/service/service_config.h").read()
mac_default = re.search(r'#if defined\(Q_OS_MACOS\).*?kDefaultSocket\[\] = "([^"]+)"', header, re.S).group(1)
assert opts["--socket"] == mac_default, f"the daemon listens on {opts['--socket']}, clients look at {mac_default}"
assert len(mac_default.encode()) < 104, "longer than sun_path on macOS"
script = open(f"{src}/installer/macos/install-service.sh").read()
def var(name):
    value = re.search(rf'^{name}="([^"]*)"', script, re.M).group(1)
    return value.replace("$DIR", var("DIR")) if name != "DIR" else value
assert var("STATE") == opts["--state-dir"], "install-service.sh makes another state folder than the daemon uses"
assert var("RUN") == os.path.dirname(opts["--socket"]), "install-service.sh makes another socket folder than the daemon uses"
assert var("ACCOUNT") == d["UserName"] and var("LABEL") == label
assert var("PLIST") == f"/Library/LaunchDaemons/{label}.plist"
assert var("KEY").startswith("/var/root/"), "the verification key must be root's alone"
assert "--service-account" in script and "--init" in script
assert '-m 0755 "$RUN"' in script, "the socket folder must let clients reach the socket"
install_rules = open(f"{src}/installer/install_rules.cmake").read()
assert "macos/com.custos.custosd.plist" in install_rules and "launchd" in install_rules and "install-service.sh" in install_rules
print("ok: com.custos.custosd.plist: valid LaunchDaemon, as _custos, state and socket as the client and install-service.sh expect")
PY
"$CLI" policy validate "$work/profile-policy.json" >"$work/validate.log" 2>&1 \
  || { cat "$work/validate.log"; echo "FAIL: the profile's PolicyJSON is not a valid site policy" >&2; exit 1; }
echo "ok: the profile's PolicyJSON passes custos-cli policy validate"
echo "installer_macos_files: all checks passed"
