#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# installer_sbom: the SBOM generator run on the built binaries lists every
# linked library family with dpkg's exact version and licence, and refuses a
# binary it cannot describe instead of writing an incomplete SBOM; the
# THIRD-PARTY-NOTICES made from it name every component with its text.
# usage: sbom_test.sh SOURCE_DIR CUSTOS CUSTOS_CLI
set -euo pipefail
SRC="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --binary "$2" --binary "$3" \
  --output "$work/sbom.cdx.json"
python3 "$SRC/tests/installer/check_sbom.py" "$work/sbom.cdx.json"
# THIRD-PARTY-NOTICES from it: every component, version, licence and text.
python3 "$SRC/installer/notices/make_notices.py" --sbom "$work/sbom.cdx.json" --output "$work/NOTICES"
python3 "$SRC/tests/installer/check_notices.py" --debian "$work/sbom.cdx.json" "$work/NOTICES"
python3 "$SRC/installer/notices/make_notices.py" --sbom "$work/sbom.cdx.json" --output "$work/NOTICES2" >/dev/null
cmp -s "$work/NOTICES" "$work/NOTICES2" || { echo "FAIL: the same SBOM gave different notices" >&2; exit 1; }
if python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --binary "$work/missing" \
     --output "$work/bad.json" 2>"$work/err"; then
  echo "FAIL: make_sbom accepted a binary that does not exist" >&2; exit 1
fi
grep -q "does not exist" "$work/err" || { echo "FAIL: unclear error: $(cat "$work/err")" >&2; exit 1; }
[ ! -e "$work/bad.json" ] || { echo "FAIL: an SBOM was written for a missing binary" >&2; exit 1; }
# vcpkg builds: the versions come from vcpkg's own status database (this is
# its format: Debian-control paragraphs; feature paragraphs, other triplets
# and removed ports must not be listed).
mkdir -p "$work/vcpkg_installed/vcpkg"
cat >"$work/vcpkg_installed/vcpkg/status" <<'STATUS'
Package: qtbase
Version: 6.7.3
Port-Version: 2
Depends: openssl, zlib
Architecture: x64-windows
Multi-Arch: same
Abi: 0123
Status: install ok installed

Package: qtbase
Feature: widgets
Architecture: x64-windows
Multi-Arch: same
Status: install ok installed

Package: vtk
Version: 9.3.0-pv5.12.1
Port-Version: 4
Architecture: x64-windows
Multi-Arch: same
Status: install ok installed

Package: dcmtk
Version: 3.6.8
Architecture: x64-windows
Multi-Arch: same
Status: purge ok not-installed

Package: openssl
Version: 3.3.2
Architecture: x64-osx
Multi-Arch: same
Status: install ok installed
STATUS
printf '{"name": "custos", "builtin-baseline": "0123456789abcdef0123456789abcdef01234567"}\n' >"$work/vcpkg.json"
python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --vcpkg-installed "$work/vcpkg_installed" \
  --vcpkg-triplet x64-windows --vcpkg-manifest "$work/vcpkg.json" --output "$work/vcpkg.cdx.json"
python3 - "$work/vcpkg.cdx.json" <<'PY'
import json, sys
bom = json.load(open(sys.argv[1]))
got = {c["name"]: (c["version"], {p["name"]: p["value"] for p in c["properties"]}) for c in bom["components"]}
assert set(got) == {"qtbase", "vtk"}, f"expected exactly qtbase and vtk, got {sorted(got)}"
assert got["qtbase"][0] == "6.7.3" and got["qtbase"][1]["vcpkg:port-version"] == "2", got["qtbase"]
assert got["vtk"][0] == "9.3.0-pv5.12.1" and got["vtk"][1]["vcpkg:port-version"] == "4", got["vtk"]
assert got["vtk"][1]["vcpkg:builtin-baseline"] == "0123456789abcdef0123456789abcdef01234567"
print("vcpkg SBOM: qtbase 6.7.3#2, vtk 9.3.0-pv5.12.1#4; features, removed ports and other triplets left out")
PY
# The MSI/DMG notices: the ports' copyright files, and the GNU licence texts
# a bundled LGPL library needs (LGPL-3.0 and the GPL-3.0 it supplements).
share="$work/vcpkg_installed/x64-windows/share"
mkdir -p "$share/qtbase" "$share/vtk"
printf 'Qt base copyright: The Qt Company Ltd.
LGPL-3.0-only
' >"$share/qtbase/copyright"
printf 'VTK copyright: Ken Martin, Will Schroeder, Bill Lorensen
BSD-3-Clause
' >"$share/vtk/copyright"
printf '{"packages": [{"name": "qtbase", "SPDXID": "SPDXRef-port", "licenseConcluded": "LGPL-3.0-only"}]}
' \
  >"$share/qtbase/vcpkg.spdx.json"
printf '{"packages": [{"name": "vtk", "SPDXID": "SPDXRef-port", "licenseConcluded": "BSD-3-Clause"}]}
' \
  >"$share/vtk/vcpkg.spdx.json"
python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --vcpkg-installed "$work/vcpkg_installed" \
  --vcpkg-triplet x64-windows --output "$work/vcpkg.cdx.json" >/dev/null
python3 "$SRC/installer/notices/make_notices.py" --sbom "$work/vcpkg.cdx.json" --output "$work/VCPKG-NOTICES" \
  --vcpkg-installed "$work/vcpkg_installed" --vcpkg-triplet x64-windows --bundled
python3 "$SRC/tests/installer/check_notices.py" --texts "$share" "$work/vcpkg.cdx.json" "$work/VCPKG-NOTICES"
for gnu in "GNU LESSER GENERAL PUBLIC LICENSE" "GNU GENERAL PUBLIC LICENSE" "DEPLOYMENT.md"; do
  grep -q "$gnu" "$work/VCPKG-NOTICES" || { echo "FAIL: the bundled notices lack '$gnu'" >&2; exit 1; }
done
if grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$work/NOTICES" && ! grep -q "common-licenses/LGPL" "$work/NOTICES"; then
  echo "FAIL: the Debian notices carry an LGPL text no copyright file refers to" >&2; exit 1
fi
rm "$share/vtk/copyright"
if python3 "$SRC/installer/notices/make_notices.py" --sbom "$work/vcpkg.cdx.json" --output "$work/bad-notices" \
     --vcpkg-installed "$work/vcpkg_installed" --vcpkg-triplet x64-windows --bundled 2>"$work/err"; then
  echo "FAIL: make_notices wrote notices without the licence text of vtk" >&2; exit 1
fi
grep -q "licence text of vtk" "$work/err" || { echo "FAIL: unclear error: $(cat "$work/err")" >&2; exit 1; }
echo "notices: Debian texts and common licences; vcpkg ports' texts plus LGPL-3.0/GPL-3.0 for the bundled Qt; a missing text is refused"
echo "installer_sbom: ok"
