#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Makes a throw-away PKI for the audit-collector tests in the folder given as
# $1 (created if missing):
#   ca.pem / ca.key                 the collector's CA (the forwarder trusts it)
#   server.pem / server.key         the collector, for 127.0.0.1 and localhost, signed by ca
#   client.pem / client.key         the forwarder's client certificate (EC P-256), signed by ca
#   client-rsa.pem / client-rsa.key the same with an RSA key
#   wrong-name.pem / wrong-name.key a collector certificate from ca for another host name
#   rogue-ca.pem / rogue-ca.key     another CA the forwarder does not trust
#   rogue-server.pem / rogue-server.key  a collector certificate signed by rogue-ca
# Keys are unencrypted PEM and live only as long as the folder. Valid 2 days.
set -eu

out=${1:?usage: make-certs.sh OUTPUT_DIR}
mkdir -p "$out"
cd "$out"

days=2

make_ca() { # name subject
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
        -keyout "$1.key" -out "$1.pem" -subj "$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

# name ca keyalg subject extensions
make_leaf() {
    if [ "$3" = ec ]; then
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null
    else
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key" 2>/dev/null
    fi
    openssl req -new -key "$1.key" -subj "$4" -out "$1.csr" 2>/dev/null
    printf '%s\n' "$5" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial \
        -days "$days" -sha256 -extfile "$1.ext" -out "$1.pem" 2>/dev/null
    rm -f "$1.csr" "$1.ext"
}

server_ext='basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost'
wrong_name_ext='basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:collector.invalid'
client_ext='basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
subjectAltName=DNS:custos-test-client'

make_ca ca "/O=Custos test/CN=Custos test audit CA"
make_ca rogue-ca "/O=Somebody else/CN=Untrusted test CA"
make_leaf server ca rsa "/O=Custos test/CN=localhost" "$server_ext"
make_leaf client ca ec "/O=Custos test/CN=custos-test-client" "$client_ext"
make_leaf client-rsa ca rsa "/O=Custos test/CN=custos-test-client" "$client_ext"
make_leaf wrong-name ca rsa "/O=Custos test/CN=collector.invalid" "$wrong_name_ext"
make_leaf rogue-server rogue-ca rsa "/O=Somebody else/CN=localhost" "$server_ext"
rm -f ./*.srl
# rsyslog runs as this user and reads the keys itself.
chmod 600 ./*.key
