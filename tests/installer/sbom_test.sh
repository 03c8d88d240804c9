#!/usr/bin/env bash
# installer_sbom: the SBOM generator run on the built binaries lists every
# linked library family with dpkg's exact version, and refuses a binary it
# cannot describe instead of writing an incomplete SBOM.
# usage: sbom_test.sh SOURCE_DIR CUSTOS CUSTOS_CLI
set -euo pipefail
SRC="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --binary "$2" --binary "$3" \
  --output "$work/sbom.cdx.json"
python3 "$SRC/tests/installer/check_sbom.py" "$work/sbom.cdx.json"
if python3 "$SRC/installer/sbom/make_sbom.py" --name custos --version 0 --binary "$work/missing" \
     --output "$work/bad.json" 2>"$work/err"; then
  echo "FAIL: make_sbom accepted a binary that does not exist" >&2; exit 1
fi
grep -q "does not exist" "$work/err" || { echo "FAIL: unclear error: $(cat "$work/err")" >&2; exit 1; }
[ ! -e "$work/bad.json" ] || { echo "FAIL: an SBOM was written for a missing binary" >&2; exit 1; }
echo "installer_sbom: ok"
