#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A real PACS for core/pacs's tests: Orthanc with DICOM TLS and the DICOMweb
# plugin, stunnel for HTTPS in front of its HTTP (Orthanc's own HTTPS
# crashes on Debian 12's OpenSSL), and a second stunnel that speaks TLS 1.1
# only (the refusal test). Orthanc cannot bind to one address, so this must
# run in a private network namespace holding only loopback (the test is
# started by netns-run.sh). Everything lives in DIR: a CA, the server's and
# the client's certificates, a second CA nobody trusts, the configurations,
# the database, the logs and pid files.
#
#   start-pacs.sh DIR   prints "ready" when every port answers.
# CUSTOS_PACS_BASIC_USER / CUSTOS_PACS_BASIC_PASSWORD: HTTP basic
# authentication for the REST API and DICOMweb (Orthanc's RegisteredUsers).
# Ports: 4242 DICOM TLS (AE ORTHANC), 8042 HTTP (inside only), 8443 HTTPS,
# 4243 TLS 1.1 only. C-MOVE destination "custos-move": AE CUSTOSMOVE at
# 127.0.0.1:11113 over DICOM TLS (Custos's receiving SCP, up only while it retrieves).
set -euo pipefail
DIR="$1"
mkdir -p "$DIR/db"
cd "$DIR"

if [ ! -f ca.pem ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Custos Test PACS CA" \
    -keyout ca.key -out ca.pem 2>/dev/null
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Somebody Else's CA" \
    -keyout other-ca.key -out other-ca.pem 2>/dev/null
  for who in server client; do
    # Both ways: Orthanc's certificate is also its client certificate when it
    # C-STOREs to Custos's receiving SCP (C-MOVE), whose certificate is Custos's client one.
    if [ "$who" = server ]; then
      ext="subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth,clientAuth"
    else
      ext="extendedKeyUsage=clientAuth,serverAuth"
    fi
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$who" -keyout "$who.key" -out "$who.csr" 2>/dev/null
    printf '%s\n' "$ext" > "$who.ext"
    openssl x509 -req -in "$who.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
      -extfile "$who.ext" -out "$who.pem" 2>/dev/null
  done
  cat server.pem server.key > server-bundle.pem
  # A client certificate of the right CA that expired in 2020 (openssl ca
  # takes explicit dates; openssl x509 of OpenSSL 3.0 does not).
  mkdir -p ca-db && : > ca-db/index.txt && echo 01 > ca-db/serial
  cat > ca.cnf <<CNF
[ca]
default_ca = test
[test]
database = $DIR/ca-db/index.txt
serial = $DIR/ca-db/serial
new_certs_dir = $DIR/ca-db
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
CNF
  openssl req -newkey rsa:2048 -nodes -subj "/CN=expired-client" -keyout expired-client.key -out expired-client.csr 2>/dev/null
  openssl ca -batch -notext -config ca.cnf -cert ca.pem -keyfile ca.key -startdate 20200101000000Z -enddate 20200102000000Z \
    -extfile client.ext -in expired-client.csr -out expired-client.pem 2>/dev/null
fi

AUTH_ENABLED=false
USERS='{}'
if [ -n "${CUSTOS_PACS_BASIC_USER:-}" ]; then
  AUTH_ENABLED=true
  USERS="{\"$CUSTOS_PACS_BASIC_USER\": \"$CUSTOS_PACS_BASIC_PASSWORD\"}"
fi

cat > orthanc.json <<JSON
{
  "Name": "CustosTestPacs",
  "StorageDirectory": "$DIR/db",
  "IndexDirectory": "$DIR/db",
  "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"],
  "HttpPort": 8042,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": $AUTH_ENABLED,
  "RegisteredUsers": $USERS,
  "DicomAet": "ORTHANC",
  "DicomPort": 4242,
  "DicomCheckCalledAet": true,
  "DicomTlsEnabled": true,
  "DicomTlsCertificate": "$DIR/server.pem",
  "DicomTlsPrivateKey": "$DIR/server.key",
  "DicomTlsTrustedCertificates": "$DIR/ca.pem",
  "DicomTlsRemoteCertificateRequired": true,
  "DicomAlwaysAllowEcho": true,
  "DicomAlwaysAllowStore": true,
  "DicomAlwaysAllowFind": true,
  "DicomAlwaysAllowGet": true,
  "DicomAlwaysAllowMove": true,
  "DicomModalities": {"custos-move": {"AET": "CUSTOSMOVE", "Host": "127.0.0.1", "Port": 11113, "UseDicomTls": true}},
  "DicomWeb": {"Enable": true, "Root": "/dicom-web/", "Host": "127.0.0.1:8443", "Ssl": true}
}
JSON

cat > stunnel.conf <<CONF
foreground = yes
pid =
output = $DIR/stunnel.log
[dicomweb]
accept = 8443
connect = 127.0.0.1:8042
cert = $DIR/server.pem
key = $DIR/server.key
sslVersionMin = TLSv1.2
CONF

cat > stunnel-tls11.conf <<CONF
foreground = yes
pid =
output = $DIR/stunnel-tls11.log
[old]
accept = 127.0.0.1:4243
connect = 127.0.0.1:4242
cert = $DIR/server.pem
key = $DIR/server.key
sslVersionMin = TLSv1
sslVersionMax = TLSv1.1
ciphers = DEFAULT:@SECLEVEL=0
CONF

Orthanc orthanc.json > orthanc.log 2>&1 &
echo $! > orthanc.pid
stunnel4 stunnel.conf > /dev/null 2>&1 &
echo $! > stunnel.pid
stunnel4 stunnel-tls11.conf > /dev/null 2>&1 &
echo $! > stunnel-tls11.pid

for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/8042) 2>/dev/null \
     && (exec 3<>/dev/tcp/127.0.0.1/4242) 2>/dev/null \
     && (exec 3<>/dev/tcp/127.0.0.1/8443) 2>/dev/null \
     && (exec 3<>/dev/tcp/127.0.0.1/4243) 2>/dev/null; then
    echo ready
    exit 0
  fi
  sleep 0.1
done
echo "the test PACS did not start; see $DIR/orthanc.log" >&2
exit 1
